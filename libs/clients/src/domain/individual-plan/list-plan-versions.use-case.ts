import type { Page, PageRequest } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import type { PlanVersion } from './individual-plan';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'individualPlans' | 'careRelations' | 'unitOfWork' | 'audit'
>;

/** IP (§ 7-1): every kept version of the plan, newest first. */
export class ListPlanVersions {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest & { page: PageRequest }): Promise<Page<PlanVersion>> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const page = await this.deps.individualPlans.versions(
        input.actor.tenantId,
        client.id,
        input.page,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'read',
        resourceType: 'individual-plan-version',
        clientId: client.id,
      });
      return page;
    });
  }
}
