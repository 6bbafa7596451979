import type { CrisisModePorts } from '../crisis-mode-ports';
import { nextAttemptAt } from './delivery-backoff';
import { deliveryPayload } from './delivery-payload';
import type { WebhookResult } from './webhook-sender';

export interface DeliveryRound {
  readonly attempted: number;
  readonly delivered: number;
  readonly failed: number;
}

/** How long a claimed delivery stays with the worker that took it (longer than a send may take). */
export const DELIVERY_LEASE_SECONDS = 120;

/**
 * One round of the outbox (CR-6): claims due deliveries of every municipality (rows locked with
 * `SKIP LOCKED` and leased, so API replicas never take the same one), sends each signed to its
 * endpoint outside any transaction, and marks it delivered on 2xx or schedules a retry with
 * backoff, keeping the error. A delivery is only ever marked delivered once.
 */
export class DeliverDueNotices {
  constructor(
    private readonly ports: Pick<
      CrisisModePorts,
      'deliveries' | 'webhookEndpoints' | 'webhooks' | 'clock' | 'unitOfWork'
    >,
  ) {}

  async execute(input: { limit?: number } = {}): Promise<DeliveryRound> {
    const now = this.ports.clock.now();
    const claimed = await this.ports.unitOfWork.run(() =>
      this.ports.deliveries.claimDue({
        now,
        leaseUntil: new Date(now.getTime() + DELIVERY_LEASE_SECONDS * 1000),
        limit: input.limit ?? 50,
      }),
    );
    if (claimed.length === 0) return { attempted: 0, delivered: 0, failed: 0 };
    const endpoints = new Map(
      (
        await this.ports.webhookEndpoints.byIds([
          ...new Set(claimed.map(({ delivery }) => delivery.endpointId)),
        ])
      ).map((endpoint) => [endpoint.id, endpoint]),
    );
    const outcomes = await Promise.all(
      claimed.map(async ({ delivery, notice }): Promise<boolean> => {
        const endpoint = endpoints.get(delivery.endpointId);
        const result: WebhookResult = endpoint
          ? await this.ports.webhooks.send({
              url: endpoint.url,
              secret: endpoint.secret,
              idempotencyKey: delivery.idempotencyKey,
              body: JSON.stringify(
                deliveryPayload({ delivery, notice, partnerId: endpoint.partnerId }),
              ),
            })
          : { ok: false, error: 'the endpoint no longer exists' };
        const attempts = delivery.attempts + 1;
        const at = this.ports.clock.now();
        if (result.ok) {
          await this.ports.deliveries.markDelivered({ id: delivery.id, attempts, at });
          return true;
        }
        await this.ports.deliveries.markFailed({
          id: delivery.id,
          attempts,
          nextAttemptAt: nextAttemptAt(attempts, at),
          error: result.error,
        });
        return false;
      }),
    );
    const delivered = outcomes.filter(Boolean).length;
    return { attempted: claimed.length, delivered, failed: claimed.length - delivered };
  }
}
