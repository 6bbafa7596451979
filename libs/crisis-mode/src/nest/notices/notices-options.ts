import type { WebhookSender } from '../../domain/notices/webhook-sender';

/** Settings of the notices part (CR-6). */
export interface NoticesModuleOptions {
  /** How deliveries reach partners' systems; default `FetchWebhookSender` (signed JSON POST). */
  webhookSender?: WebhookSender;
  delivery?: {
    /**
     * Poll the outbox and create reminder tasks on a timer (default true). Tests turn it off and
     * call `NoticeDeliveryWorker.deliverDue()` and `.createReminders()` themselves.
     */
    enabled?: boolean;
    /** Default 5000 ms. Every API process may poll: claims skip rows another one holds. */
    pollIntervalMs?: number;
    /** Deliveries claimed per round; default 50. */
    batchSize?: number;
    /** A send that takes longer fails the attempt; default 10 000 ms. */
    timeoutMs?: number;
  };
}
