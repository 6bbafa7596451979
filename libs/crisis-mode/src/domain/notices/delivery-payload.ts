import type { Notice } from './notice';
import type { NoticeDelivery, NoticeDeliveryPayload } from './notice-delivery';

/** What a partner's system receives for one delivery: the same JSON on every attempt. */
export function deliveryPayload(input: {
  delivery: NoticeDelivery;
  notice: Notice;
  partnerId: string;
}): NoticeDeliveryPayload {
  const { delivery, notice } = input;
  return {
    type: 'lavterskel.crisis.notice',
    deliveryId: delivery.id,
    municipality: notice.tenantId,
    partnerId: input.partnerId,
    notice: {
      id: notice.id,
      title: notice.title,
      body: notice.body,
      sourceUrl: notice.sourceUrl,
      effectiveFrom: notice.effectiveFrom.toISOString(),
      acknowledgeBy: notice.acknowledgeBy.toISOString(),
      publishedAt: notice.publishedAt.toISOString(),
    },
  };
}
