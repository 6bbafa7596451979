import { notFound, type Actor, type Page, type PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { authorizeServiceRoster } from '../shared/client-access';
import type { OutreachRequest, RequestStatus } from './outreach-request';

export interface ListOutreachRequestsInput {
  actor: Actor;
  serviceId: string;
  status?: RequestStatus;
  breakGlassReason?: string;
  page: PageRequest;
}

/** A service's ambulant requests, oldest first: the team's queue (team or break-glass, audited). */
export class ListOutreachRequests {
  constructor(
    private readonly ports: Pick<ServicesPorts, 'services' | 'outreach' | 'audit' | 'unitOfWork'>,
  ) {}

  async execute(input: ListOutreachRequestsInput): Promise<Page<OutreachRequest>> {
    const { actor } = input;
    return this.ports.unitOfWork.run(async () => {
      const service = await this.ports.services.findById(actor.tenantId, input.serviceId);
      if (!service) throw notFound('service');
      await authorizeServiceRoster({ ...input, service }, this.ports);
      const page = await this.ports.outreach.listRequests({
        ...input.page,
        tenantId: actor.tenantId,
        serviceId: service.id,
        status: input.status,
      });
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'outreach-request',
        resourceId: service.id,
        // Known clients in the queue; a request from someone not (yet) a client names nobody.
        clientIds: [
          ...new Set(page.items.flatMap((request) => (request.clientId ? [request.clientId] : []))),
        ],
      });
      return page;
    });
  }
}
