import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import type { Application, ApplicationStatus } from './application';

export interface ListApplicationsInput {
  actor: Actor;
  status?: ApplicationStatus;
  urgent?: boolean;
  page: PageRequest;
}

type Dependencies = Pick<ClientsDependencies, 'applications' | 'unitOfWork' | 'audit'>;

/** CL-2: the intake queue of the caller's municipality, urgent first, then oldest first. */
export class ListApplications {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ListApplicationsInput): Promise<Page<Application>> {
    return this.deps.unitOfWork.run(async () => {
      const page = await this.deps.applications.list(
        { tenantId: input.actor.tenantId, status: input.status, urgent: input.urgent },
        input.page,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'search',
        resourceType: 'application',
        // Converted applications name their client: the look shows in that client's access log.
        clientIds: [
          ...new Set(page.items.flatMap((item) => (item.clientId ? [item.clientId] : []))),
        ],
      });
      return page;
    });
  }
}
