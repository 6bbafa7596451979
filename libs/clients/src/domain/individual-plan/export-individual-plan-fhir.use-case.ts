import { notFound, osloDate } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { individualPlanFhirBundle, type FhirIndividualPlanBundle } from './individual-plan-fhir';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'individualPlans' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** the individual plan as FHIR CarePlan + Goal (audited as an export). */
export class ExportIndividualPlanFhir {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest): Promise<FhirIndividualPlanBundle> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const plan = await this.deps.individualPlans.find(input.actor.tenantId, client.id);
      if (!plan) throw notFound('individual plan');
      await this.deps.audit.record({
        actor: input.actor,
        action: 'export',
        resourceType: 'individual-plan',
        resourceId: plan.id,
        clientId: client.id,
      });
      const at = this.deps.clock.now();
      return individualPlanFhirBundle(plan, { at, today: osloDate(at) });
    });
  }
}
