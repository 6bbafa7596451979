import { notFound } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import type { CrisisPlan } from './crisis-plan';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'crisisPlans' | 'careRelations' | 'unitOfWork' | 'audit'
>;

/** CL-8: the client's crisis plan; `notFound('crisis plan')` when none is made yet. */
export class GetCrisisPlan {
  constructor(private readonly deps: Dependencies) {}

  async execute(request: ClientRecordRequest): Promise<CrisisPlan> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(request, this.deps);
      const plan = await this.deps.crisisPlans.find(request.actor.tenantId, client.id);
      if (!plan) throw notFound('crisis plan');
      await this.deps.audit.record({
        actor: request.actor,
        action: 'read',
        resourceType: 'crisis-plan',
        resourceId: client.id,
        clientId: client.id,
      });
      return plan;
    });
  }
}
