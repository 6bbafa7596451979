import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PartnerEntity } from '../partners/partner.entity';
import { TENANT_CHECK } from '../shared/columns';
import { StaffMemberEntity } from './staff-member.entity';

@Entity({ schema: 'services', name: 'availability_period' })
@Check('availability_period_tenant_id_check', TENANT_CHECK)
@Check(
  'availability_period_status_check',
  `"status" IN ('on-duty', 'sick', 'quarantined', 'lent-to-partner')`,
)
@Check('availability_period_dates_check', `"to_date" >= "from_date"`)
@Check(
  'availability_period_partner_check',
  `("status" = 'lent-to-partner') = ("partner_id" IS NOT NULL)`,
)
@Index('availability_period_tenant_day_idx', ['tenantId', 'fromDate', 'toDate'])
@Index('availability_period_tenant_staff_idx', ['tenantId', 'staffId'])
export class AvailabilityPeriodEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMemberEntity;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'from_date', type: 'date' })
  fromDate!: string;

  @Column({ name: 'to_date', type: 'date' })
  toDate!: string;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId!: string | null;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: PartnerEntity;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3 })
  recordedAt!: Date;
}
