import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import {
  keysetPage,
  queryPrepared,
  type EntityManagerAccessor,
  type PreparedStatement,
} from '@lavterskel/kernel/typeorm';
import type {
  Encounter,
  EncounterChannel,
  EncounterOutcome,
  EncounterTopic,
} from '../../domain/encounter/encounter';
import type {
  DailyMinutes,
  EncounterFilter,
  EncounterRepository,
} from '../../domain/encounter/encounter.repository';
import { osloDayEnd, osloDayStart } from '../shared/oslo-days';
import { EncounterEntity } from './encounter.entity';

function toEncounter(row: EncounterEntity): Encounter {
  return {
    id: row.id,
    clientId: row.clientId,
    serviceId: row.serviceId,
    occurredAt: row.occurredAt,
    channel: row.channel as EncounterChannel,
    outcome: row.outcome as EncounterOutcome,
    durationMinutes: row.durationMinutes,
    topics: row.topics as EncounterTopic[],
    note: row.note,
    vedtakId: row.vedtakId,
    intake: row.intake,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
  };
}

/** Every recorded encounter: a named statement, planned once per connection. */
const INSERT_ENCOUNTER: PreparedStatement = {
  name: 'clients.insert-encounter',
  text: `INSERT INTO clients.encounter (id, tenant_id, client_id, service_id, occurred_at, channel,
      outcome, duration_minutes, topics, note, vedtak_id, intake, recorded_by, recorded_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::varchar[], $10, $11, $12, $13, $14)`,
};

/** The contact log on PostgreSQL (schema `clients`). */
export class TypeOrmEncounterRepository implements EncounterRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(tenantId: TenantId, encounter: Encounter): Promise<void> {
    await queryPrepared(this.manager(), INSERT_ENCOUNTER, [
      encounter.id,
      tenantId,
      encounter.clientId,
      encounter.serviceId,
      encounter.occurredAt,
      encounter.channel,
      encounter.outcome,
      encounter.durationMinutes,
      encounter.topics,
      encounter.note,
      encounter.vedtakId,
      encounter.intake,
      encounter.recordedBy,
      encounter.recordedAt,
    ]);
  }

  async find(tenantId: TenantId, clientId: string, encounterId: string): Promise<Encounter | null> {
    const row = await this.manager().findOneBy(EncounterEntity, {
      tenantId,
      clientId,
      id: encounterId,
    });
    return row ? toEncounter(row) : null;
  }

  async list(filter: EncounterFilter, page: PageRequest): Promise<Page<Encounter>> {
    const query = this.manager()
      .createQueryBuilder(EncounterEntity, 'e')
      .where('e.tenant_id = :tenantId AND e.client_id = :clientId', {
        tenantId: filter.tenantId,
        clientId: filter.clientId,
      });
    if (filter.from !== undefined)
      query.andWhere(`e.occurred_at >= ${osloDayStart(':from')}`, { from: filter.from });
    if (filter.to !== undefined)
      query.andWhere(`e.occurred_at < ${osloDayEnd(':to')}`, { to: filter.to });
    const rows = await keysetPage(
      query,
      {
        columns: ['e.occurred_at', 'e.id'],
        key: (row) => [row.occurredAt.toISOString(), row.id],
        direction: 'DESC',
      },
      page,
    );
    return { items: rows.items.map(toEncounter), nextCursor: rows.nextCursor };
  }

  async attendedMinutesByDay(request: {
    tenantId: TenantId;
    vedtakId: string;
    from: string;
    to: string;
  }): Promise<DailyMinutes[]> {
    const rows: { date: string; minutes: string }[] = await this.manager().query(
      `SELECT to_char(occurred_at AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD') AS date, sum(duration_minutes) AS minutes
         FROM "clients"."encounter"
        WHERE tenant_id = $1 AND vedtak_id = $2 AND outcome = 'attended'
          AND occurred_at >= ${osloDayStart('$3')} AND occurred_at < ${osloDayEnd('$4')}
        GROUP BY 1 ORDER BY 1`,
      [request.tenantId, request.vedtakId, request.from, request.to],
    );
    return rows.map((row) => ({ date: row.date, minutes: Number(row.minutes) }));
  }
}
