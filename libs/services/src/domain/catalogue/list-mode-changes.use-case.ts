import { notFound, type Actor, type Page, type PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { ServiceModeChange } from './service';

/** A service's mode history, newest first. */
export class ListModeChanges {
  constructor(private readonly ports: Pick<ServicesPorts, 'services'>) {}

  async execute(input: {
    actor: Actor;
    serviceId: string;
    page: PageRequest;
  }): Promise<Page<ServiceModeChange>> {
    if (!(await this.ports.services.findById(input.actor.tenantId, input.serviceId)))
      throw notFound('service');
    return this.ports.services.listModeChanges(input.actor.tenantId, input.serviceId, input.page);
  }
}
