import { notFound, type Actor } from '@lavterskel/kernel';
import type { ConsentDependencies } from './consent-dependencies';
import { reviewOf, type ReviewConclusion, type SharingDecision } from './sharing-decision';

export interface ReviewDecisionInput {
  actor: Actor;
  decisionId: string;
  conclusion: ReviewConclusion;
  note?: string;
}

/** A privacy officer's review of a decision made on a legal basis other than consent. */
export class ReviewDecision {
  constructor(private readonly deps: ConsentDependencies) {}

  async execute(input: ReviewDecisionInput): Promise<SharingDecision> {
    const { actor } = input;
    return this.deps.unitOfWork.run(async () => {
      const decision = await this.deps.decisions.get(actor.tenantId, input.decisionId);
      if (!decision) throw notFound('sharing decision');
      const review = reviewOf(decision, {
        reviewedBy: actor.subject,
        conclusion: input.conclusion,
        note: input.note,
        at: this.deps.clock.now(),
      });
      await this.deps.decisions.addReview(actor.tenantId, decision.id, review);
      await this.deps.audit.record({
        actor,
        action: 'update',
        resourceType: 'sharing-decision',
        resourceId: decision.id,
        clientId: decision.clientId,
        reason: `review: ${review.conclusion}`,
      });
      return { ...decision, review };
    });
  }
}
