import { notFound, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { Notice, NoticeRecipient } from './notice';
import type { NoticeDelivery } from './notice-delivery';

export interface NoticeDetails {
  notice: Notice;
  recipients: NoticeRecipient[];
  /** Deliveries to partners' systems, with the endpoint's partner. */
  deliveries: (NoticeDelivery & { partnerId: string })[];
}

/** One notice with every recipient's acknowledgement and every delivery's state. */
export class GetNotice {
  constructor(
    private readonly ports: Pick<
      CrisisModePorts,
      'notices' | 'deliveries' | 'webhookEndpoints' | 'unitOfWork'
    >,
  ) {}

  async execute(input: { actor: Actor; noticeId: string }): Promise<NoticeDetails> {
    const tenantId = input.actor.tenantId;
    return this.ports.unitOfWork.run(async () => {
      const notice = await this.ports.notices.find(tenantId, input.noticeId);
      if (!notice) throw notFound('notice');
      const [recipients, deliveries] = await Promise.all([
        this.ports.notices.recipients(tenantId, notice.id),
        this.ports.deliveries.forNotice(tenantId, notice.id),
      ]);
      const endpoints = await this.ports.webhookEndpoints.byIds(
        deliveries.map((delivery) => delivery.endpointId),
      );
      const partnerOf = new Map(endpoints.map((endpoint) => [endpoint.id, endpoint.partnerId]));
      return {
        notice,
        recipients,
        deliveries: deliveries.map((delivery) => ({
          ...delivery,
          partnerId: partnerOf.get(delivery.endpointId) ?? '',
        })),
      };
    });
  }
}
