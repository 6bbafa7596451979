import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { ConsentDependencies } from './consent-dependencies';
import type { SharingDecision } from './sharing-decision';
import type { ReviewState } from './sharing-decision.repository';

export interface DecisionsForReviewQuery {
  actor: Actor;
  state: ReviewState;
  page: PageRequest;
}

/** Decisions made on a legal basis other than consent, pending or reviewed, newest first. */
export class ListDecisionsForReview {
  constructor(private readonly deps: ConsentDependencies) {}

  async execute(query: DecisionsForReviewQuery): Promise<Page<SharingDecision>> {
    const { actor } = query;
    return this.deps.unitOfWork.run(async () => {
      const page = await this.deps.decisions.pageForReview({
        tenantId: actor.tenantId,
        state: query.state,
        page: query.page,
      });
      await this.deps.audit.record({
        actor,
        action: 'search',
        resourceType: 'sharing-decision',
        reason: `privacy review (${query.state})`,
        clientIds: page.items.map((decision) => decision.clientId),
      });
      return page;
    });
  }
}
