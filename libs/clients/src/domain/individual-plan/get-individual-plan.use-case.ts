import { notFound } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import type { IndividualPlan } from './individual-plan';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'individualPlans' | 'careRelations' | 'unitOfWork' | 'audit'
>;

/** IP (§ 7-1): the client's plan as it is now. */
export class GetIndividualPlan {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest): Promise<IndividualPlan> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const plan = await this.deps.individualPlans.find(input.actor.tenantId, client.id);
      if (!plan) throw notFound('individual plan');
      await this.deps.audit.record({
        actor: input.actor,
        action: 'read',
        resourceType: 'individual-plan',
        resourceId: plan.id,
        clientId: client.id,
      });
      return plan;
    });
  }
}
