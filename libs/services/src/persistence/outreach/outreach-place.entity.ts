import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { OpeningHours } from '../../domain/catalogue/opening-hours';
import { ServiceEntity } from '../catalogue/service.entity';
import { TENANT_CHECK } from '../shared/columns';

@Entity({ schema: 'services', name: 'outreach_place' })
@Check('outreach_place_tenant_id_check', TENANT_CHECK)
@Check('outreach_place_period_check', `"active_to" IS NULL OR "active_to" >= "active_from"`)
@Index('outreach_place_tenant_name_idx', ['tenantId', 'name'])
@Index('outreach_place_tenant_service_idx', ['tenantId', 'serviceId', 'name'])
export class OutreachPlaceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service?: ServiceEntity;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'jsonb' })
  schedule!: OpeningHours[];

  @Column({ name: 'active_from', type: 'date' })
  activeFrom!: string;

  @Column({ name: 'active_to', type: 'date', nullable: true })
  activeTo!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
