import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { ConsentError, ConsentErrorCode } from '../consent-error';
import type { DecisionReview, SharingDecision } from '../sharing-decision';
import type { ReviewState, SharingDecisionRepository } from '../sharing-decision.repository';
import { inMemoryPage } from './in-memory-page';

export class InMemorySharingDecisionRepository implements SharingDecisionRepository {
  readonly rows: SharingDecision[] = [];
  readonly reviews = new Map<string, DecisionReview>();

  async add(decision: SharingDecision): Promise<void> {
    this.rows.push(decision);
  }

  async get(tenantId: TenantId, decisionId: string): Promise<SharingDecision | null> {
    const decision = this.rows.find((row) => row.tenantId === tenantId && row.id === decisionId);
    return decision ? { ...decision, review: this.reviews.get(decision.id) ?? null } : null;
  }

  async addReview(_tenantId: TenantId, decisionId: string, review: DecisionReview): Promise<void> {
    if (this.reviews.has(decisionId))
      throw new ConsentError(
        ConsentErrorCode.AlreadyReviewed,
        'The decision has been reviewed already.',
      );
    this.reviews.set(decisionId, review);
  }

  async pageForReview(filter: {
    tenantId: TenantId;
    state: ReviewState;
    page: PageRequest;
  }): Promise<Page<SharingDecision>> {
    const flagged = this.rows
      .filter(
        (row) =>
          row.tenantId === filter.tenantId &&
          row.reviewRequired &&
          this.reviews.has(row.id) === (filter.state === 'reviewed'),
      )
      .map((row) => ({ ...row, review: this.reviews.get(row.id) ?? null }));
    const newestFirst = (row: SharingDecision) =>
      `${String(1e15 - row.decidedAt.getTime()).padStart(16, '0')}|${row.id}`;
    return inMemoryPage(flagged, newestFirst, filter.page);
  }
}
