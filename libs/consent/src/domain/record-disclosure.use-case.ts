import { notFound, parseUuid } from '@lavterskel/kernel';
import type { ConsentDependencies } from './consent-dependencies';
import { discloseOn, type Disclosure } from './disclosure';
import type { DisclosureRequest } from './sharing-policy';

/** Logs one share (CO-3) on the actor's own permitting decision; one share per decision. */
export class RecordDisclosure {
  constructor(private readonly deps: ConsentDependencies) {}

  async execute(request: DisclosureRequest): Promise<Disclosure> {
    const { actor } = request;
    const decisionId = parseUuid(request.decisionId, 'decisionId');
    return this.deps.unitOfWork.run(async () => {
      const decision = await this.deps.decisions.get(actor.tenantId, decisionId);
      if (!decision) throw notFound('sharing decision');
      const disclosure = discloseOn(decision, {
        actor,
        description: request.description,
        at: this.deps.clock.now(),
      });
      await this.deps.disclosures.add(disclosure);
      await this.deps.audit.record({
        actor,
        action: 'disclose',
        resourceType: 'disclosure',
        resourceId: disclosure.id,
        clientId: disclosure.clientId,
        reason: disclosure.purpose,
      });
      return disclosure;
    });
  }
}
