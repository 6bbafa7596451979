import type { Page, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { Session } from '../domain/session';
import type { SessionListQuery, SessionRepository } from '../domain/session.repository';
import { SessionEntity } from './session.entity';
import { toSession } from './session.mapper';
import { chunks } from './chunks';

export class TypeOrmSessionRepository implements SessionRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insertMissing(sessions: readonly Session[]): Promise<number> {
    let created = 0;
    for (const rows of chunks(sessions)) {
      // The unique (tenant, cohort, date) settles concurrent generation: the second insert of a session is skipped.
      const inserted: unknown[] = await this.manager().query(
        `INSERT INTO "groups"."session" (id, tenant_id, group_id, cohort_id, session_date, start_time, duration_minutes, created_at)
         SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::uuid[], $5::date[], $6::varchar[], $7::int[], $8::timestamptz[])
         ON CONFLICT ON CONSTRAINT session_tenant_cohort_date_uq DO NOTHING
         RETURNING id`,
        [
          rows.map((s) => s.id),
          rows.map((s) => s.tenantId),
          rows.map((s) => s.groupId),
          rows.map((s) => s.cohortId),
          rows.map((s) => s.date),
          rows.map((s) => s.startTime),
          rows.map((s) => s.durationMinutes),
          rows.map((s) => s.createdAt),
        ],
      );
      created += inserted.length;
    }
    return created;
  }

  async find(tenantId: TenantId, groupId: string, sessionId: string): Promise<Session | null> {
    const row = await this.manager().findOneBy(SessionEntity, { tenantId, groupId, id: sessionId });
    return row ? toSession(row) : null;
  }

  async list(query: SessionListQuery): Promise<Page<Session>> {
    const builder = this.manager()
      .createQueryBuilder(SessionEntity, 's')
      .where('s.tenant_id = :tenantId AND s.group_id = :groupId', {
        tenantId: query.tenantId,
        groupId: query.groupId,
      })
      .andWhere('s.session_date BETWEEN :from AND :to', { from: query.from, to: query.to });
    if (query.cohortId) builder.andWhere('s.cohort_id = :cohortId', { cohortId: query.cohortId });
    const page = await keysetPage(
      builder,
      {
        columns: ['s.session_date', 's.start_time', 's.id'],
        key: (row) => [row.date, row.startTime, row.id],
        direction: 'ASC',
      },
      query,
    );
    return { items: page.items.map(toSession), nextCursor: page.nextCursor };
  }
}
