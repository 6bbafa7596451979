import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { In } from 'typeorm';
import type {
  Notice,
  NoticeRecipient,
  NoticeSummary,
  RecipientKind,
} from '../../domain/notices/notice';
import type { NoticeRepository } from '../../domain/notices/notice.repository';
import { NoticeLanguageFollowUpEntity } from './notice-language-follow-up.entity';
import { NoticeRecipientEntity } from './notice-recipient.entity';
import { NoticeEntity } from './notice.entity';
import { toNotice, toRecipient } from './notice.mapper';

/** Rows per INSERT: well under PostgreSQL's 65 535 parameters. */
const CHUNK = 1000;

export class TypeOrmNoticeRepository implements NoticeRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(notice: Notice, recipients: readonly NoticeRecipient[]): Promise<void> {
    await this.manager().insert(NoticeEntity, { ...notice });
    for (let start = 0; start < recipients.length; start += CHUNK) {
      await this.manager().insert(
        NoticeRecipientEntity,
        recipients.slice(start, start + CHUNK).map((recipient) => ({ ...recipient })),
      );
    }
  }

  async find(tenantId: TenantId, noticeId: string): Promise<Notice | null> {
    const row = await this.manager().findOneBy(NoticeEntity, { tenantId, id: noticeId });
    return row && toNotice(row);
  }

  async list(tenantId: TenantId, page: PageRequest): Promise<Page<NoticeSummary>> {
    const query = this.manager()
      .createQueryBuilder(NoticeEntity, 'n')
      .where('n.tenant_id = :tenantId', { tenantId });
    const result = await keysetPage(
      query,
      {
        columns: ['n.published_at', 'n.id'],
        key: (row) => [row.publishedAt.toISOString(), row.id],
        direction: 'DESC',
      },
      page,
    );
    const ids = result.items.map((row) => row.id);
    const counts: { notice_id: string; total: number; acknowledged: number }[] =
      ids.length === 0
        ? []
        : await this.manager().query(
            `SELECT notice_id, count(*)::int AS total, count(acknowledged_at)::int AS acknowledged
               FROM crisis.notice_recipient
              WHERE tenant_id = $1 AND notice_id = ANY($2::uuid[])
              GROUP BY notice_id`,
            [tenantId, ids],
          );
    const byNotice = new Map(counts.map((row) => [row.notice_id, row]));
    return {
      items: result.items.map((row) => ({
        ...toNotice(row),
        recipientCount: byNotice.get(row.id)?.total ?? 0,
        acknowledgedCount: byNotice.get(row.id)?.acknowledged ?? 0,
      })),
      nextCursor: result.nextCursor,
    };
  }

  async recipients(tenantId: TenantId, noticeId: string): Promise<NoticeRecipient[]> {
    const rows = await this.manager().find(NoticeRecipientEntity, {
      where: { tenantId, noticeId },
      order: { kind: 'DESC', name: 'ASC', recipientId: 'ASC' },
    });
    return rows.map(toRecipient);
  }

  async unacknowledged(
    tenantId: TenantId,
    noticeId: string,
    page: PageRequest,
  ): Promise<Page<NoticeRecipient>> {
    const query = this.manager()
      .createQueryBuilder(NoticeRecipientEntity, 'r')
      .where('r.tenant_id = :tenantId AND r.notice_id = :noticeId', { tenantId, noticeId })
      .andWhere('r.acknowledged_at IS NULL');
    const result = await keysetPage(
      query,
      {
        columns: ['r.name', 'r.recipient_id'],
        key: (row) => [row.name, row.recipientId],
        direction: 'ASC',
      },
      page,
    );
    return { items: result.items.map(toRecipient), nextCursor: result.nextCursor };
  }

  async findRecipient(input: {
    tenantId: TenantId;
    noticeId: string;
    kind: RecipientKind;
    recipientId: string;
  }): Promise<NoticeRecipient | null> {
    const row = await this.manager().findOneBy(NoticeRecipientEntity, { ...input });
    return row && toRecipient(row);
  }

  async acknowledge(input: {
    tenantId: TenantId;
    noticeId: string;
    kind: RecipientKind;
    recipientId: string;
    by: string;
    at: Date;
  }): Promise<boolean> {
    const result = await this.manager()
      .createQueryBuilder()
      .update(NoticeRecipientEntity)
      .set({ acknowledgedAt: input.at, acknowledgedBy: input.by })
      .where(
        'tenant_id = :tenantId AND notice_id = :noticeId AND kind = :kind AND recipient_id = :recipientId',
        input,
      )
      .andWhere('acknowledged_at IS NULL')
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async claimDueForReminders(input: { now: Date; limit: number }): Promise<Notice[]> {
    const rows = await this.manager()
      .createQueryBuilder(NoticeEntity, 'n')
      .where('n.reminders_created_at IS NULL')
      .andWhere('n.acknowledge_by <= :now', { now: input.now })
      .orderBy('n.acknowledge_by', 'ASC')
      .limit(input.limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    return rows.map(toNotice);
  }

  async markRemindersCreated(tenantId: TenantId, noticeId: string, at: Date): Promise<void> {
    await this.manager().update(
      NoticeEntity,
      { tenantId, id: noticeId },
      { remindersCreatedAt: at },
    );
  }

  async recordLanguageFollowUps(input: {
    tenantId: TenantId;
    noticeId: string;
    clientIds: readonly string[];
    at: Date;
  }): Promise<Set<string>> {
    const fresh = new Set<string>();
    const ids = [...new Set(input.clientIds)];
    for (let start = 0; start < ids.length; start += CHUNK) {
      const result = await this.manager()
        .createQueryBuilder()
        .insert()
        .into(NoticeLanguageFollowUpEntity)
        .values(
          ids.slice(start, start + CHUNK).map((clientId) => ({
            tenantId: input.tenantId,
            noticeId: input.noticeId,
            clientId,
            createdAt: input.at,
          })),
        )
        .orIgnore()
        .returning(['clientId'])
        .execute();
      for (const row of result.raw as { client_id: string }[]) fresh.add(row.client_id);
    }
    return fresh;
  }

  async languageFollowUpsAmong(input: {
    tenantId: TenantId;
    noticeId: string;
    clientIds: readonly string[];
  }): Promise<Set<string>> {
    if (input.clientIds.length === 0) return new Set();
    const rows = await this.manager().find(NoticeLanguageFollowUpEntity, {
      select: { clientId: true },
      where: {
        tenantId: input.tenantId,
        noticeId: input.noticeId,
        clientId: In([...input.clientIds]),
      },
    });
    return new Set(rows.map((row) => row.clientId));
  }
}
