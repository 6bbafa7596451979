import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TENANT_CHECK } from '../shared/columns';
import { StaffMemberEntity } from './staff-member.entity';

@Entity({ schema: 'services', name: 'competency' })
@Check('competency_tenant_id_check', TENANT_CHECK)
@Check('competency_validity_check', `"expires_on" IS NULL OR "expires_on" >= "certified_on"`)
@Index('competency_tenant_staff_idx', ['tenantId', 'staffId'])
export class CompetencyEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMemberEntity;

  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ name: 'certified_on', type: 'date' })
  certifiedOn!: string;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn!: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3 })
  recordedAt!: Date;
}
