import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TENANT_CHECK } from '../shared/columns';
import { ReferralEntity } from './referral.entity';

/** A referral's status history: one row per step, never updated or deleted. */
@Entity({ schema: 'services', name: 'referral_status_change' })
@Check('referral_status_change_tenant_id_check', TENANT_CHECK)
@Check(
  'referral_status_change_status_check',
  `"status" IN ('sent', 'information-requested', 'resubmitted', 'accepted', 'rejected', 'withdrawn')`,
)
export class ReferralStatusChangeEntity {
  @PrimaryColumn({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @ManyToOne(() => ReferralEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id' })
  referral?: ReferralEntity;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ type: 'varchar', length: 24 })
  status!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy!: string;

  @Column({ name: 'changed_at', type: 'timestamptz', precision: 3 })
  changedAt!: Date;
}
