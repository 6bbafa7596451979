import { notFound, type Actor, type Page, type PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { authorizeServiceRoster } from '../shared/client-access';
import { assertValid, violation } from '../shared/validation';
import {
  REFERRAL_STATUSES,
  isReferralStatus,
  type Referral,
  type ReferralStatus,
} from './referral';

export interface ListIncomingReferralsInput {
  actor: Actor;
  serviceId: string;
  status?: string;
  breakGlassReason?: string;
  page: PageRequest;
}

/** The referrals a service has received, soonest due first: for the team that runs it. */
export class ListIncomingReferrals {
  constructor(
    private readonly ports: Pick<ServicesPorts, 'services' | 'referrals' | 'audit' | 'unitOfWork'>,
  ) {}

  async execute(input: ListIncomingReferralsInput): Promise<Page<Referral>> {
    const { actor, status } = input;
    assertValid([
      status !== undefined &&
        !isReferralStatus(status) &&
        violation('status', 'one-of', `must be one of ${REFERRAL_STATUSES.join(', ')}`),
    ]);
    return this.ports.unitOfWork.run(async () => {
      const service = await this.ports.services.findById(actor.tenantId, input.serviceId);
      if (!service) throw notFound('service');
      await authorizeServiceRoster({ ...input, service }, this.ports);
      const page = await this.ports.referrals.listIncoming({
        ...input.page,
        tenantId: actor.tenantId,
        serviceId: service.id,
        status: status as ReferralStatus | undefined,
      });
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'referral',
        resourceId: service.id,
        clientIds: page.items.map((referral) => referral.clientId),
      });
      return page;
    });
  }
}
