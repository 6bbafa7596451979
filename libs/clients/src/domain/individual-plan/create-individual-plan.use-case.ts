import { newId } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { Violations } from '../shared/violations';
import type { IndividualPlan } from './individual-plan';
import { individualPlanExists } from './individual-plan-errors';
import { validateIndividualPlan, type IndividualPlanEntry } from './individual-plan-rules';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'individualPlans' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** IP (§ 7-1): makes the client's individual plan, version 1. */
export class CreateIndividualPlan {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest & IndividualPlanEntry): Promise<IndividualPlan> {
    const violations = new Violations();
    const content = validateIndividualPlan(
      input,
      { actor: input.actor, current: null },
      violations,
    );
    violations.throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      if (await this.deps.individualPlans.find(input.actor.tenantId, client.id))
        throw individualPlanExists();
      const now = this.deps.clock.now();
      const plan: IndividualPlan = {
        ...content,
        id: newId(),
        clientId: client.id,
        evaluations: [],
        version: 1,
        createdAt: now,
        updatedBy: input.actor.subject,
        updatedAt: now,
      };
      await this.deps.individualPlans.insert(input.actor.tenantId, plan);
      await this.deps.audit.record({
        actor: input.actor,
        action: 'create',
        resourceType: 'individual-plan',
        resourceId: plan.id,
        clientId: client.id,
      });
      return plan;
    });
  }
}
