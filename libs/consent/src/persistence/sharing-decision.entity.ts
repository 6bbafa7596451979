import { Check, Column, Entity, Index, OneToOne, PrimaryColumn } from 'typeorm';
import type { DecisionReason } from '../domain/decide';
import type { LegalBasisCode } from '../domain/legal-basis';
import type { Recipient } from '../domain/recipient';
import { DecisionReviewEntity } from './decision-review.entity';

/** The decision log (CO-2). Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE. */
@Entity({ schema: 'consent', name: 'sharing_decision' })
@Check('sharing_decision_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Check(
  'sharing_decision_outcome_check',
  `"outcome" IN ('permit', 'deny') AND ("outcome" = 'permit') = ("basis_kind" IS NOT NULL)`,
)
@Check(
  'sharing_decision_basis_check',
  `"basis_kind" IS NULL` +
    ` OR ("basis_kind" = 'consent' AND "consent_id" IS NOT NULL AND "consent_version" IS NOT NULL)` +
    ` OR ("basis_kind" = 'legal-basis' AND "legal_basis" IS NOT NULL AND "justification" IS NOT NULL)`,
)
@Check(
  'sharing_decision_review_check',
  `"review_required" = ("basis_kind" IS NOT DISTINCT FROM 'legal-basis')`,
)
@Index('sharing_decision_tenant_client_idx', ['tenantId', 'clientId', 'decidedAt'])
@Index('sharing_decision_review_idx', ['tenantId', 'decidedAt', 'id'], {
  where: `"review_required"`,
})
export class SharingDecisionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ type: 'varchar', length: 64 })
  category!: string;

  @Column({ type: 'varchar', length: 64 })
  purpose!: string;

  @Column({ type: 'jsonb' })
  recipient!: Recipient;

  @Column({ type: 'varchar', length: 8 })
  outcome!: 'permit' | 'deny';

  @Column({ name: 'basis_kind', type: 'varchar', length: 16, nullable: true })
  basisKind!: 'consent' | 'legal-basis' | null;

  @Column({ name: 'consent_id', type: 'uuid', nullable: true })
  consentId!: string | null;

  @Column({ name: 'consent_version', type: 'integer', nullable: true })
  consentVersion!: number | null;

  @Column({ name: 'legal_basis', type: 'varchar', length: 64, nullable: true })
  legalBasis!: LegalBasisCode | null;

  @Column({ type: 'text', nullable: true })
  justification!: string | null;

  @Column({ type: 'jsonb' })
  reasons!: DecisionReason[];

  @Column({ name: 'review_required', type: 'boolean' })
  reviewRequired!: boolean;

  @Column({ name: 'decided_by', type: 'text' })
  decidedBy!: string;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3 })
  decidedAt!: Date;

  @OneToOne(() => DecisionReviewEntity, (review) => review.decision)
  review?: DecisionReviewEntity | null;
}
