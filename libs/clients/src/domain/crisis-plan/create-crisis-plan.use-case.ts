import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { ClientsError, ClientsErrorCode } from '../clients-error';
import { Violations } from '../shared/violations';
import type { CrisisPlan, CrisisPlanContent } from './crisis-plan';
import { validateCrisisPlan } from './crisis-plan-rules';

export function crisisPlanExists(): ClientsError {
  return new ClientsError(
    ClientsErrorCode.CrisisPlanExists,
    'The client already has a crisis plan; update it with If-Match.',
  );
}

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'crisisPlans' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** CL-8: makes the client's first crisis plan. */
export class CreateCrisisPlan {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest & CrisisPlanContent): Promise<CrisisPlan> {
    const violations = new Violations();
    const content = validateCrisisPlan(input, violations);
    violations.throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      if (await this.deps.crisisPlans.find(input.actor.tenantId, client.id))
        throw crisisPlanExists();
      const plan: CrisisPlan = {
        ...content,
        clientId: client.id,
        version: 1,
        updatedBy: input.actor.subject,
        updatedAt: this.deps.clock.now(),
      };
      await this.deps.crisisPlans.insert(input.actor.tenantId, plan);
      await this.deps.audit.record({
        actor: input.actor,
        action: 'create',
        resourceType: 'crisis-plan',
        resourceId: client.id,
        clientId: client.id,
      });
      return plan;
    });
  }
}
