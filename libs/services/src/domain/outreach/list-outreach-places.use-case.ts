import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { OutreachPlace } from './outreach-place';

/** The fixed outreach places, by name; optionally one service's. Not personal data. */
export class ListOutreachPlaces {
  constructor(private readonly ports: Pick<ServicesPorts, 'outreach'>) {}

  async execute({
    actor,
    ...filter
  }: PageRequest & { actor: Actor; serviceId?: string }): Promise<Page<OutreachPlace>> {
    return this.ports.outreach.listPlaces({ ...filter, tenantId: actor.tenantId });
  }
}
