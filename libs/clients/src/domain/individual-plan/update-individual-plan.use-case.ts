import { notFound, staleVersion } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { Violations } from '../shared/violations';
import type { IndividualPlan } from './individual-plan';
import { validateIndividualPlan, type IndividualPlanEntry } from './individual-plan-rules';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'individualPlans' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** IP (§ 7-1): replaces the plan under optimistic concurrency; the earlier version is kept. */
export class UpdateIndividualPlan {
  constructor(private readonly deps: Dependencies) {}

  async execute(
    input: ClientRecordRequest & IndividualPlanEntry & { expectedVersion: number },
  ): Promise<IndividualPlan> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const current = await this.deps.individualPlans.find(input.actor.tenantId, client.id);
      if (!current) throw notFound('individual plan');
      if (current.version !== input.expectedVersion) throw staleVersion();
      const violations = new Violations();
      const content = validateIndividualPlan(input, { actor: input.actor, current }, violations);
      violations.throwIfAny();
      const plan = await this.deps.individualPlans.update(
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
        resourceType: 'individual-plan',
        resourceId: plan.id,
        clientId: client.id,
      });
      return plan;
    });
  }
}
