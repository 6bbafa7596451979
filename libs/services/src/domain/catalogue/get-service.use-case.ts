import { notFound, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { Service } from './service';

/** One service of the caller's municipality. Catalogue data is not personal: no audit entry. */
export class GetService {
  constructor(private readonly ports: Pick<ServicesPorts, 'services'>) {}

  async execute(input: { actor: Actor; serviceId: string }): Promise<Service> {
    const service = await this.ports.services.findById(input.actor.tenantId, input.serviceId);
    if (!service) throw notFound('service');
    return service;
  }
}
