import { notFound, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { Partner } from './partner';

/** One partner organisation. Not personal data: no audit entry. */
export class GetPartner {
  constructor(private readonly ports: Pick<ServicesPorts, 'partners'>) {}

  async execute(input: { actor: Actor; partnerId: string }): Promise<Partner> {
    const partner = await this.ports.partners.findById(input.actor.tenantId, input.partnerId);
    if (!partner) throw notFound('partner');
    return partner;
  }
}
