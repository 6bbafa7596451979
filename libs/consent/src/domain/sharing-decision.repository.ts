import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { DecisionReview, SharingDecision } from './sharing-decision';

export type ReviewState = 'pending' | 'reviewed';

/** Port: the decision log and its reviews. Implementations join the caller's transaction. */
export interface SharingDecisionRepository {
  add(decision: SharingDecision): Promise<void>;
  /** The decision with its review, if any. */
  get(tenantId: TenantId, decisionId: string): Promise<SharingDecision | null>;
  /** Throws AlreadyReviewed if the decision has a review already. */
  addReview(tenantId: TenantId, decisionId: string, review: DecisionReview): Promise<void>;
  /** Decisions flagged for review, in that state, newest first. */
  pageForReview(filter: {
    tenantId: TenantId;
    state: ReviewState;
    page: PageRequest;
  }): Promise<Page<SharingDecision>>;
}
