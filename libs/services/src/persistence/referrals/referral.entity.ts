import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ServiceEntity } from '../catalogue/service.entity';
import { EnrolmentEntity } from '../enrolment/enrolment.entity';
import { PartnerEntity } from '../partners/partner.entity';
import { TENANT_CHECK } from '../shared/columns';

@Entity({ schema: 'services', name: 'referral' })
@Check('referral_tenant_id_check', TENANT_CHECK)
@Check(
  'referral_status_check',
  `"status" IN ('sent', 'information-requested', 'resubmitted', 'accepted', 'rejected', 'withdrawn')`,
)
@Check('referral_urgency_check', `"urgency" IN ('routine', 'urgent', 'emergency')`)
// Each end is exactly one service or one partner, and one end is a municipal service.
@Check('referral_from_check', `num_nonnulls("from_service_id", "from_partner_id") = 1`)
@Check('referral_to_check', `num_nonnulls("to_service_id", "to_partner_id") = 1`)
@Check('referral_municipal_end_check', `num_nonnulls("from_service_id", "to_service_id") >= 1`)
@Check('referral_categories_check', `cardinality("categories") >= 1`)
@Check(
  'referral_legal_basis_check',
  `("legal_basis_code" IS NULL) = ("legal_basis_justification" IS NULL)`,
)
@Check('referral_enrolment_check', `"enrolment_id" IS NULL OR "status" = 'accepted'`)
@Index('referral_tenant_client_idx', ['tenantId', 'clientId', 'createdAt'])
@Index('referral_tenant_to_service_idx', ['tenantId', 'toServiceId', 'dueOn'])
export class ReferralEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ name: 'from_service_id', type: 'uuid', nullable: true })
  fromServiceId!: string | null;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_service_id' })
  fromService?: ServiceEntity;

  @Column({ name: 'from_partner_id', type: 'uuid', nullable: true })
  fromPartnerId!: string | null;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_partner_id' })
  fromPartner?: PartnerEntity;

  @Column({ name: 'to_service_id', type: 'uuid', nullable: true })
  toServiceId!: string | null;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_service_id' })
  toService?: ServiceEntity;

  @Column({ name: 'to_partner_id', type: 'uuid', nullable: true })
  toPartnerId!: string | null;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_partner_id' })
  toPartner?: PartnerEntity;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'varchar', length: 16 })
  urgency!: string;

  @Column({ type: 'varchar', length: 64, array: true })
  categories!: string[];

  @Column({ type: 'varchar', length: 64 })
  purpose!: string;

  @Column({ name: 'legal_basis_code', type: 'varchar', length: 32, nullable: true })
  legalBasisCode!: string | null;

  @Column({ name: 'legal_basis_justification', type: 'text', nullable: true })
  legalBasisJustification!: string | null;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ type: 'varchar', length: 24 })
  status!: string;

  @Column({ name: 'status_note', type: 'text', nullable: true })
  statusNote!: string | null;

  @Column({ name: 'enrolment_id', type: 'uuid', nullable: true })
  enrolmentId!: string | null;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
