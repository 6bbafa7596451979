import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import type { ReviewConclusion } from '../domain/sharing-decision';
import { SharingDecisionEntity } from './sharing-decision.entity';

/** A privacy officer's review of a decision on a legal basis; one per decision. Append-only. */
@Entity({ schema: 'consent', name: 'decision_review' })
@Check('decision_review_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Check('decision_review_conclusion_check', `"conclusion" IN ('justified', 'not-justified')`)
export class DecisionReviewEntity {
  /** One review per decision: a second one collides here. */
  @PrimaryColumn({ name: 'decision_id', type: 'uuid' })
  decisionId!: string;

  @OneToOne(() => SharingDecisionEntity, (decision) => decision.review, { nullable: false })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'decision_review_decision_fk' })
  decision?: SharingDecisionEntity;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ type: 'varchar', length: 16 })
  conclusion!: ReviewConclusion;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'reviewed_by', type: 'text' })
  reviewedBy!: string;

  @Column({ name: 'reviewed_at', type: 'timestamptz', precision: 3 })
  reviewedAt!: Date;
}
