import { notFound, type Actor, type Page, type PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { IsoDate } from '../shared/calendar';
import { authorizeServiceRoster } from '../shared/client-access';
import type { Enrolment } from './enrolment';
import { assertValid, calendarDate } from '../shared/validation';

export interface ListServiceEnrolmentsInput {
  actor: Actor;
  serviceId: string;
  activeOn?: IsoDate;
  breakGlassReason?: string;
  page: PageRequest;
}

/** A service's clients: for the team that runs it, or with a break-glass reason (audited). */
export class ListServiceEnrolments {
  constructor(
    private readonly ports: Pick<ServicesPorts, 'services' | 'enrolments' | 'audit' | 'unitOfWork'>,
  ) {}

  async execute(input: ListServiceEnrolmentsInput): Promise<Page<Enrolment>> {
    const { actor } = input;
    assertValid([calendarDate(input.activeOn, 'activeOn')]);
    return this.ports.unitOfWork.run(async () => {
      const service = await this.ports.services.findById(actor.tenantId, input.serviceId);
      if (!service) throw notFound('service');
      await authorizeServiceRoster({ ...input, service }, this.ports);
      const page = await this.ports.enrolments.listForService({
        ...input.page,
        tenantId: actor.tenantId,
        serviceId: service.id,
        activeOn: input.activeOn,
      });
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'enrolment',
        resourceId: service.id,
        clientIds: page.items.map((enrolment) => enrolment.clientId),
      });
      return page;
    });
  }
}
