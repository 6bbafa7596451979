import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { fixedClock, newId, type TenantId } from '@lavterskel/kernel';
import { TypeOrmTransactionHost, kernelPersistence } from '@lavterskel/kernel/typeorm';
import { CreateNoticeReminders } from '../../domain/notices/create-notice-reminders.use-case';
import {
  DeliverDueNotices,
  type DeliveryRound,
} from '../../domain/notices/deliver-due-notices.use-case';
import type { Notice, NoticeRecipient } from '../../domain/notices/notice';
import type { WebhookResult, WebhookSender } from '../../domain/notices/webhook-sender';
import { InMemoryTasks } from '../../domain/testing/in-memory-notices';
import { crisisModePersistence } from '../crisis-mode-persistence';
import { typeOrmNoticesRepositories, type NoticesRepositories } from './notices-repositories';

const SKIEN = '4003' as TenantId;
const NOW = '2026-11-23T09:00:00.000Z';

/** A receiver that takes a while to answer, so that two workers overlap, and counts every key. */
class SlowReceiver implements WebhookSender {
  readonly received: string[] = [];
  async send(input: { idempotencyKey: string }): Promise<WebhookResult> {
    await new Promise((resolve) => setTimeout(resolve, 5));
    this.received.push(input.idempotencyKey);
    return { ok: true, status: 200 };
  }
}

describe('notice outbox on PostgreSQL: claims with FOR UPDATE SKIP LOCKED', () => {
  let db: TestDatabase;
  let repositories: NoticesRepositories;
  const clock = fixedClock(NOW);

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [...kernelPersistence.entities, ...crisisModePersistence.entities],
      migrations: [...kernelPersistence.migrations, ...crisisModePersistence.migrations],
    });
    repositories = typeOrmNoticesRepositories(new TypeOrmTransactionHost(db.dataSource).manager);
  });
  afterAll(() => db.drop());

  /** A notice to `endpoints` partner endpoints, with one pending delivery each. */
  async function noticeWithDeliveries(endpoints: number): Promise<Notice> {
    const now = clock.now();
    const notice: Notice = {
      id: newId(),
      tenantId: SKIEN,
      title: 'Nye regler',
      body: 'Grupper på høyst 5.',
      sourceUrl: 'https://www.fhi.no/',
      effectiveFrom: now,
      acknowledgeBy: new Date(now.getTime() + 3600_000),
      publishedBy: 'coordinator-kari',
      publishedAt: now,
      remindersCreatedAt: null,
    };
    const partners = Array.from({ length: endpoints }, () => newId());
    const recipients: NoticeRecipient[] = partners.map((partnerId, i) => ({
      tenantId: SKIEN,
      noticeId: notice.id,
      kind: 'partner',
      recipientId: partnerId,
      name: `Partner ${i}`,
      teamId: null,
      acknowledgedAt: null,
      acknowledgedBy: null,
    }));
    await repositories.notices.insert(notice, recipients);
    const endpointIds: string[] = [];
    for (const partnerId of partners) {
      const id = newId();
      endpointIds.push(id);
      await repositories.webhookEndpoints.insert({
        id,
        tenantId: SKIEN,
        partnerId,
        url: `https://partner.example/${id}`,
        secret: 'a-secret-that-is-long-enough-1234',
        active: true,
        createdBy: 'coordinator-kari',
        createdAt: now,
      });
    }
    await repositories.deliveries.insertMany(
      endpointIds.map((endpointId) => ({
        id: newId(),
        tenantId: SKIEN,
        noticeId: notice.id,
        endpointId,
        idempotencyKey: newId(),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        deliveredAt: null,
      })),
    );
    return notice;
  }

  it('gives two open transactions disjoint rows', async () => {
    const notice = await noticeWithDeliveries(6);
    const now = clock.now();
    const leaseUntil = new Date(now.getTime() + 60_000);
    const first = new TypeOrmTransactionHost(db.dataSource);
    const second = new TypeOrmTransactionHost(db.dataSource);
    const firstRepos = typeOrmNoticesRepositories(first.manager);
    const secondRepos = typeOrmNoticesRepositories(second.manager);
    let releaseFirst: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstIds: string[] = [];
    const firstDone = first.run(async () => {
      firstIds = (await firstRepos.deliveries.claimDue({ now, leaseUntil, limit: 4 })).map(
        (claimed) => claimed.delivery.id,
      );
      await held; // keep the rows locked while the other worker claims
    });
    while (firstIds.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const secondClaim = await second.run(() =>
      secondRepos.deliveries.claimDue({ now, leaseUntil, limit: 10 }),
    );
    releaseFirst();
    await firstDone;
    const secondIds = secondClaim.map((claimed) => claimed.delivery.id);
    expect(firstIds).toHaveLength(4);
    expect(secondIds).toHaveLength(2);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
    expect(secondClaim.every((claimed) => claimed.notice.id === notice.id)).toBe(true);
    // Leased: nothing is due any more until the lease ends.
    expect(await repositories.deliveries.claimDue({ now, leaseUntil, limit: 10 })).toEqual([]);
  });

  it('with two workers racing, every delivery is sent once and marked delivered once', async () => {
    clock.set('2026-11-23T10:00:00.000Z');
    const notice = await noticeWithDeliveries(40);
    const receiver = new SlowReceiver();
    const worker = () => {
      const host = new TypeOrmTransactionHost(db.dataSource);
      return new DeliverDueNotices({
        ...typeOrmNoticesRepositories(host.manager),
        unitOfWork: host,
        webhooks: receiver,
        clock,
      });
    };
    const [a, b] = [worker(), worker()];
    const [{ pending }] = await db.dataSource.query(
      `SELECT count(*)::int AS pending FROM crisis.notice_delivery WHERE status = 'pending'`,
    );
    // This notice's 40, and the first test's 6 whose lease has run out.
    expect(pending).toBe(46);
    // Both workers poll side by side until neither finds anything due.
    const rounds: DeliveryRound[] = [];
    const work = async (worker: DeliverDueNotices) => {
      for (;;) {
        const round = await worker.execute({ limit: 7 });
        rounds.push(round);
        if (round.attempted === 0) return;
      }
    };
    await Promise.all([work(a), work(b)]);
    const rows = await repositories.deliveries.forNotice(SKIEN, notice.id);
    expect(rows.every((row) => row.status === 'delivered' && row.attempts === 1)).toBe(true);
    // Each sent once, none twice.
    expect(rounds.reduce((sum, round) => sum + round.delivered, 0)).toBe(pending);
    expect(receiver.received).toHaveLength(pending);
    expect(new Set(receiver.received).size).toBe(pending);
    expect(
      rows.map((row) => row.idempotencyKey).filter((key) => !receiver.received.includes(key)),
    ).toEqual([]);
  });

  it('creates reminders for a notice once, also when two processes run at the same time', async () => {
    clock.set('2026-11-23T12:00:00.000Z');
    const notice = await noticeWithDeliveries(3);
    clock.set('2026-11-24T12:00:00.000Z');
    const tasks = new InMemoryTasks();
    const reminders = () => {
      const host = new TypeOrmTransactionHost(db.dataSource);
      return new CreateNoticeReminders({
        ...typeOrmNoticesRepositories(host.manager),
        unitOfWork: host,
        tasks,
        clock,
      });
    };
    await Promise.all([reminders().execute(), reminders().execute(), reminders().execute()]);
    const forThis = tasks.rows.filter((task) => task.noticeId === notice.id);
    expect(forThis).toHaveLength(3);
    expect((await repositories.notices.find(SKIEN, notice.id))?.remindersCreatedAt).toEqual(
      clock.now(),
    );
    await reminders().execute();
    expect(tasks.rows.filter((task) => task.noticeId === notice.id)).toHaveLength(3);
  });
});
