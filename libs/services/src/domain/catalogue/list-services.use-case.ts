import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { Service } from './service';
import type { ServiceFilter } from './service.repository';

export interface ListServicesInput
  extends PageRequest, Omit<ServiceFilter, 'tenantId' | keyof PageRequest> {
  actor: Actor;
}

/** The municipality's catalogue, by name, optionally narrowed by category, criticality, team or mode. */
export class ListServices {
  constructor(private readonly ports: Pick<ServicesPorts, 'services'>) {}

  async execute({ actor, ...filter }: ListServicesInput): Promise<Page<Service>> {
    return this.ports.services.list({ ...filter, tenantId: actor.tenantId });
  }
}
