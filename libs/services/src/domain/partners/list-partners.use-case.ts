import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { Partner, PartnerKind } from './partner';

/** The municipality's partner organisations, by name. */
export class ListPartners {
  constructor(private readonly ports: Pick<ServicesPorts, 'partners'>) {}

  async execute({
    actor,
    ...filter
  }: PageRequest & { actor: Actor; kind?: PartnerKind }): Promise<Page<Partner>> {
    return this.ports.partners.list({ ...filter, tenantId: actor.tenantId });
  }
}
