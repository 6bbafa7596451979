import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { LegalBasisCode } from '../domain/legal-basis';
import type { Recipient } from '../domain/recipient';
import { SharingDecisionEntity } from './sharing-decision.entity';

/** The disclosure log (CO-3): one row per share. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE. */
@Entity({ schema: 'consent', name: 'disclosure' })
@Check('disclosure_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Check(
  'disclosure_basis_check',
  `("basis_kind" = 'consent' AND "consent_id" IS NOT NULL AND "consent_version" IS NOT NULL)` +
    ` OR ("basis_kind" = 'legal-basis' AND "legal_basis" IS NOT NULL AND "justification" IS NOT NULL)`,
)
@Index('disclosure_tenant_client_idx', ['tenantId', 'clientId', 'disclosedAt', 'id'])
@Index('disclosure_decision_key', ['decisionId'], { unique: true })
export class DisclosureEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  /** One share per decision: a second one collides on `disclosure_decision_key`. */
  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId!: string;

  @ManyToOne(() => SharingDecisionEntity, { nullable: false })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'disclosure_decision_fk' })
  decision?: SharingDecisionEntity;

  @Column({ type: 'varchar', length: 64 })
  category!: string;

  @Column({ type: 'varchar', length: 64 })
  purpose!: string;

  @Column({ type: 'jsonb' })
  recipient!: Recipient;

  @Column({ name: 'basis_kind', type: 'varchar', length: 16 })
  basisKind!: 'consent' | 'legal-basis';

  @Column({ name: 'consent_id', type: 'uuid', nullable: true })
  consentId!: string | null;

  @Column({ name: 'consent_version', type: 'integer', nullable: true })
  consentVersion!: number | null;

  @Column({ name: 'legal_basis', type: 'varchar', length: 64, nullable: true })
  legalBasis!: LegalBasisCode | null;

  @Column({ type: 'text', nullable: true })
  justification!: string | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'disclosed_by', type: 'text' })
  disclosedBy!: string;

  @Column({ name: 'disclosed_at', type: 'timestamptz', precision: 3 })
  disclosedAt!: Date;
}
