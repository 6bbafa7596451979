import type { TenantId } from '@lavterskel/kernel';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { Notice } from '../../domain/notices/notice';
import type { NoticeDelivery } from '../../domain/notices/notice-delivery';
import type { NoticeDeliveryRepository } from '../../domain/notices/notice-delivery.repository';
import { NoticeDeliveryEntity } from './notice-delivery.entity';
import { toDelivery, toNotice } from './notice.mapper';

const CHUNK = 1000;

export class TypeOrmNoticeDeliveryRepository implements NoticeDeliveryRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insertMany(deliveries: readonly NoticeDelivery[]): Promise<void> {
    for (let start = 0; start < deliveries.length; start += CHUNK) {
      await this.manager().insert(
        NoticeDeliveryEntity,
        deliveries.slice(start, start + CHUNK).map((delivery) => ({ ...delivery })),
      );
    }
  }

  async claimDue(input: {
    now: Date;
    leaseUntil: Date;
    limit: number;
  }): Promise<{ delivery: NoticeDelivery; notice: Notice }[]> {
    // Lock the due rows (skipping those another worker holds) and lease them in one statement:
    // until the lease ends no other worker sees them as due.
    const [raw] = (await this.manager().query(
      `UPDATE crisis.notice_delivery d
          SET next_attempt_at = $2
        WHERE d.id IN (
              SELECT id FROM crisis.notice_delivery
               WHERE status = 'pending' AND next_attempt_at <= $1
               ORDER BY next_attempt_at, id
               LIMIT $3
               FOR UPDATE SKIP LOCKED)
        RETURNING d.id`,
      [input.now, input.leaseUntil, input.limit],
    )) as [{ id: string }[], number];
    const ids = raw.map((row) => row.id);
    if (ids.length === 0) return [];
    const rows = await this.manager()
      .createQueryBuilder(NoticeDeliveryEntity, 'd')
      .innerJoinAndSelect('d.notice', 'n')
      .where('d.id IN (:...ids)', { ids })
      .orderBy('d.id')
      .getMany();
    return rows.flatMap((row) =>
      row.notice ? [{ delivery: toDelivery(row), notice: toNotice(row.notice) }] : [],
    );
  }

  async markDelivered(input: { id: string; attempts: number; at: Date }): Promise<boolean> {
    const result = await this.manager()
      .createQueryBuilder()
      .update(NoticeDeliveryEntity)
      .set({
        status: 'delivered',
        attempts: input.attempts,
        deliveredAt: input.at,
        lastError: null,
      })
      .where('id = :id AND status = :pending', { id: input.id, pending: 'pending' })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async markFailed(input: {
    id: string;
    attempts: number;
    nextAttemptAt: Date;
    error: string;
  }): Promise<void> {
    await this.manager()
      .createQueryBuilder()
      .update(NoticeDeliveryEntity)
      .set({ attempts: input.attempts, nextAttemptAt: input.nextAttemptAt, lastError: input.error })
      .where('id = :id AND status = :pending', { id: input.id, pending: 'pending' })
      .execute();
  }

  async forNotice(tenantId: TenantId, noticeId: string): Promise<NoticeDelivery[]> {
    const rows = await this.manager().find(NoticeDeliveryEntity, {
      where: { tenantId, noticeId },
      order: { id: 'ASC' },
    });
    return rows.map(toDelivery);
  }
}
