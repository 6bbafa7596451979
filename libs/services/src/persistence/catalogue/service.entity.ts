import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { OpeningHours } from '../../domain/catalogue/opening-hours';
import { TENANT_CHECK } from '../shared/columns';
import { TeamEntity } from './team.entity';

@Entity({ schema: 'services', name: 'service' })
@Check('service_tenant_id_check', TENANT_CHECK)
@Check(
  'service_category_check',
  `"category" IN ('prevention', 'low-threshold', 'treatment-follow-up', 'aftercare', 'housing', 'activity', 'work')`,
)
@Check(
  'service_mode_check',
  `"mode" IN ('open', 'reduced', 'remote', 'outdoor-only', 'delivery-only', 'closed')`,
)
@Check('service_capacity_check', `"capacity" IS NULL OR "capacity" >= 1`)
@Index('service_tenant_name_key', ['tenantId', 'name'], { unique: true })
@Index('service_tenant_team_idx', ['tenantId', 'teamId'])
export class ServiceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  category!: string;

  @Column({ name: 'location_name', type: 'text' })
  locationName!: string;

  @Column({ name: 'location_address', type: 'text', nullable: true })
  locationAddress!: string | null;

  @Column({ name: 'opening_hours', type: 'jsonb' })
  openingHours!: OpeningHours[];

  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  @Column({ type: 'boolean' })
  critical!: boolean;

  @Column({ name: 'required_competencies', type: 'text', array: true })
  requiredCompetencies!: string[];

  @Column({ type: 'varchar', length: 16 })
  mode!: string;

  @Column({ name: 'mode_changed_at', type: 'timestamptz', precision: 3, nullable: true })
  modeChangedAt!: Date | null;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
