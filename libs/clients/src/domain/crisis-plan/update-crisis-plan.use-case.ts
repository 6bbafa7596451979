import { notFound, staleVersion } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { Violations } from '../shared/violations';
import type { CrisisPlan, CrisisPlanContent } from './crisis-plan';
import { validateCrisisPlan } from './crisis-plan-rules';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'crisisPlans' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** CL-8: replaces the crisis plan under optimistic concurrency. */
export class UpdateCrisisPlan {
  constructor(private readonly deps: Dependencies) {}

  async execute(
    input: ClientRecordRequest & CrisisPlanContent & { expectedVersion: number },
  ): Promise<CrisisPlan> {
    const violations = new Violations();
    const content = validateCrisisPlan(input, violations);
    violations.throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const current = await this.deps.crisisPlans.find(input.actor.tenantId, client.id);
      if (!current) throw notFound('crisis plan');
      if (current.version !== input.expectedVersion) throw staleVersion();
      const plan = await this.deps.crisisPlans.update(
        input.actor.tenantId,
        {
          ...current,
          ...content,
          updatedBy: input.actor.subject,
          updatedAt: this.deps.clock.now(),
        },
        input.expectedVersion,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'update',
        resourceType: 'crisis-plan',
        resourceId: client.id,
        clientId: client.id,
      });
      return plan;
    });
  }
}
