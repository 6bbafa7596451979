import type { TenantId } from '@lavterskel/kernel';
import type { DecisionReview, SharingDecision } from '../domain/sharing-decision';
import { toBasis, toBasisColumns } from './decision-basis.mapper';
import type { DecisionReviewEntity } from './decision-review.entity';
import type { SharingDecisionEntity } from './sharing-decision.entity';

export function toSharingDecision(row: SharingDecisionEntity): SharingDecision {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    clientId: row.clientId,
    category: row.category,
    purpose: row.purpose,
    recipient: row.recipient,
    outcome: row.outcome,
    basis: toBasis(row),
    reasons: row.reasons,
    reviewRequired: row.reviewRequired,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
    review: row.review ? toReview(row.review) : null,
  };
}

function toReview(row: DecisionReviewEntity): DecisionReview {
  return {
    conclusion: row.conclusion,
    note: row.note,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt,
  };
}

export function toSharingDecisionRow(decision: SharingDecision): SharingDecisionEntity {
  return {
    id: decision.id,
    tenantId: decision.tenantId,
    clientId: decision.clientId,
    category: decision.category,
    purpose: decision.purpose,
    recipient: decision.recipient,
    outcome: decision.outcome,
    ...toBasisColumns(decision.basis),
    reasons: [...decision.reasons],
    reviewRequired: decision.reviewRequired,
    decidedBy: decision.decidedBy,
    decidedAt: decision.decidedAt,
  };
}

export function toReviewRow(
  tenantId: TenantId,
  decisionId: string,
  review: DecisionReview,
): DecisionReviewEntity {
  return { decisionId, tenantId, ...review };
}
