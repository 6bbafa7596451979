import type { TenantId } from '@lavterskel/kernel';
import type { Notice } from './notice';
import type { NoticeDelivery } from './notice-delivery';

export interface NoticeDeliveryRepository {
  /** The outbox rows of one notice (one multi-row INSERT), in the notice's transaction. */
  insertMany(deliveries: readonly NoticeDelivery[]): Promise<void>;
  /**
   * Takes up to `limit` pending deliveries of any municipality that are due at `now`, with
   * `FOR UPDATE SKIP LOCKED`, and leases them until `leaseUntil` (their next attempt time), so
   * that another worker does not take them while this one sends. Returns them with their notices.
   */
  claimDue(input: {
    now: Date;
    leaseUntil: Date;
    limit: number;
  }): Promise<{ delivery: NoticeDelivery; notice: Notice }[]>;
  /** Marks delivered if still pending; false when another worker delivered it meanwhile. */
  markDelivered(input: { id: string; attempts: number; at: Date }): Promise<boolean>;
  markFailed(input: {
    id: string;
    attempts: number;
    nextAttemptAt: Date;
    error: string;
  }): Promise<void>;
  forNotice(tenantId: TenantId, noticeId: string): Promise<NoticeDelivery[]>;
}
