import { newId, type TenantId } from '@lavterskel/kernel';
import { ConsentError, ConsentErrorCode } from './consent-error';
import type { Decision, SharingQuestion } from './decide';
import type { Recipient } from './recipient';

export type ReviewConclusion = 'justified' | 'not-justified';
export const REVIEW_CONCLUSIONS: readonly ReviewConclusion[] = ['justified', 'not-justified'];

/** A privacy officer's judgement of a decision made on a legal basis other than consent. */
export interface DecisionReview {
  readonly conclusion: ReviewConclusion;
  readonly note: string | null;
  readonly reviewedBy: string;
  readonly reviewedAt: Date;
}

/** A decision as logged: the question, the answer, who asked and when. Never changed. */
export interface SharingDecision extends Decision {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly clientId: string;
  readonly category: string;
  readonly purpose: string;
  readonly recipient: Recipient;
  readonly decidedBy: string;
  readonly decidedAt: Date;
  /** Set once a privacy officer has reviewed it; kept apart, so the decision row never changes. */
  readonly review: DecisionReview | null;
}

export function logDecision(question: SharingQuestion, decision: Decision): SharingDecision {
  return {
    ...decision,
    id: newId(),
    tenantId: question.actor.tenantId,
    clientId: question.clientId,
    category: question.category,
    purpose: question.purpose,
    recipient: question.recipient,
    decidedBy: question.actor.subject,
    decidedAt: question.at,
    review: null,
  };
}

/** The review of `decision`: only decisions flagged for review, and only once. */
export function reviewOf(
  decision: SharingDecision,
  review: { reviewedBy: string; conclusion: ReviewConclusion; note?: string; at: Date },
): DecisionReview {
  if (!decision.reviewRequired) {
    throw new ConsentError(
      ConsentErrorCode.ReviewNotRequired,
      'Only decisions on a legal basis other than consent are reviewed.',
    );
  }
  if (decision.review)
    throw new ConsentError(
      ConsentErrorCode.AlreadyReviewed,
      'The decision has been reviewed already.',
    );
  return {
    conclusion: review.conclusion,
    note: review.note?.trim() || null,
    reviewedBy: review.reviewedBy,
    reviewedAt: review.at,
  };
}
