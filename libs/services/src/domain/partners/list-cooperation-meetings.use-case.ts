import { notFound, type Actor, type Page, type PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { CooperationMeeting } from './cooperation-meeting';

/** A service's cooperation meetings, newest first. */
export class ListCooperationMeetings {
  constructor(private readonly ports: Pick<ServicesPorts, 'services' | 'cooperation'>) {}

  async execute(input: {
    actor: Actor;
    serviceId: string;
    page: PageRequest;
  }): Promise<Page<CooperationMeeting>> {
    if (!(await this.ports.services.findById(input.actor.tenantId, input.serviceId)))
      throw notFound('service');
    return this.ports.cooperation.listMeetings(input.actor.tenantId, input.serviceId, input.page);
  }
}
