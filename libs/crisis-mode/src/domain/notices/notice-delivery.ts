import type { TenantId } from '@lavterskel/kernel';

export const DELIVERY_STATUSES = ['pending', 'delivered'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One notice to one partner endpoint: an outbox row written in the notice's transaction and
 * retried until the endpoint answers 2xx. Pending deliveries are never given up: none is lost.
 */
export interface NoticeDelivery {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly noticeId: string;
  readonly endpointId: string;
  /** Sent as `Idempotency-Key`; one per (notice, endpoint), so a receiver can drop repeats. */
  readonly idempotencyKey: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly nextAttemptAt: Date;
  readonly lastError: string | null;
  readonly deliveredAt: Date | null;
}

/** The JSON body a partner's endpoint receives. */
export interface NoticeDeliveryPayload {
  readonly type: 'lavterskel.crisis.notice';
  readonly deliveryId: string;
  readonly municipality: string;
  readonly partnerId: string;
  readonly notice: {
    readonly id: string;
    readonly title: string;
    readonly body: string;
    readonly sourceUrl: string;
    readonly effectiveFrom: string;
    readonly acknowledgeBy: string;
    readonly publishedAt: string;
  };
}
