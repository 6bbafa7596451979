import { parseUuid } from '@lavterskel/kernel';
import type { Consent } from './consent';
import { decide } from './decide';
import type { ConsentDependencies } from './consent-dependencies';
import type { SharingRequest } from './sharing-policy';
import { logDecision, type SharingDecision } from './sharing-decision';

/**
 * Decides on the client's current consents, logs the decision and audits it, in one
 * transaction. Need-to-know is the caller's: see SharingPolicy.
 */
export class DecideSharing {
  constructor(private readonly deps: ConsentDependencies) {}

  /** `consents`: the client's current consents when the caller has just read them (need-to-know in the same read). */
  async execute(request: SharingRequest, consents?: readonly Consent[]): Promise<SharingDecision> {
    const { actor } = request;
    const clientId = parseUuid(request.clientId, 'clientId');
    return this.deps.unitOfWork.run(async () => {
      const current =
        consents ?? (await this.deps.consents.currentOfClient(actor.tenantId, clientId));
      const question = { ...request, clientId, at: this.deps.clock.now() };
      const decision = logDecision(
        question,
        decide(question, { consents: current, vocabulary: this.deps.vocabulary }),
      );
      await this.deps.decisions.add(decision);
      await this.deps.audit.record({
        actor,
        action: 'read',
        resourceType: 'sharing-decision',
        resourceId: decision.id,
        clientId,
        reason:
          decision.basis?.kind === 'legal-basis'
            ? `${request.purpose} on legal basis ${decision.basis.code}: ${decision.basis.justification}`
            : request.purpose,
      });
      return decision;
    });
  }
}
