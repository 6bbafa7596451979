import { isUuid, type Page, type PageRequest, type TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { SelectQueryBuilder } from 'typeorm';
import type { FollowUpTask } from '../../domain/tasks/follow-up-task';
import type {
  FollowUpTaskRepository,
  TaskFilter,
} from '../../domain/tasks/follow-up-task.repository';
import { FollowUpTaskEntity } from './follow-up-task.entity';
import { fromFollowUpTask, mutableColumns, toFollowUpTask } from './follow-up-task.mapper';

/** Rows per INSERT: one statement per chunk, whatever the number of tasks. */
const CHUNK = 1000;

const TABLE = '"crisis"."follow_up_tasks"';

/** The columns of the multi-row INSERT, with the array type `unnest` reads each one as. */
const INSERT_COLUMNS: readonly [
  column: string,
  type: string,
  value: (row: FollowUpTaskEntity) => unknown,
][] = [
  ['id', 'uuid', (row) => row.id],
  ['tenant_id', 'varchar', (row) => row.tenantId],
  ['kind', 'varchar', (row) => row.kind],
  ['client_id', 'uuid', (row) => row.clientId],
  ['service_id', 'uuid', (row) => row.serviceId],
  ['group_id', 'uuid', (row) => row.groupId],
  ['level_change_id', 'uuid', (row) => row.levelChangeId],
  ['notice_id', 'uuid', (row) => row.noticeId],
  ['description', 'text', (row) => row.description],
  ['priority', 'varchar', (row) => row.priority],
  ['priority_rank', 'smallint', (row) => row.priorityRank],
  ['due', 'date', (row) => row.due],
  ['assignee_kind', 'varchar', (row) => row.assigneeKind],
  ['assignee_subject', 'text', (row) => row.assigneeSubject],
  ['assignee_team_id', 'uuid', (row) => row.assigneeTeamId],
  ['status', 'varchar', (row) => row.status],
  ['outcome', 'text', (row) => row.outcome],
  ['created_by', 'text', (row) => row.createdBy],
  ['created_at', 'timestamptz', (row) => row.createdAt],
  ['updated_at', 'timestamptz', (row) => row.updatedAt],
  ['closed_by', 'text', (row) => row.closedBy],
  ['closed_at', 'timestamptz', (row) => row.closedAt],
  ['version', 'integer', (row) => row.version],
];

const INSERT_SQL = `INSERT INTO ${TABLE} (${INSERT_COLUMNS.map(([column]) => column).join(', ')})
  SELECT * FROM unnest(${INSERT_COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`;

export class TypeOrmFollowUpTaskRepository implements FollowUpTaskRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insertMany(tasks: readonly FollowUpTask[]): Promise<void> {
    const rows = tasks.map(fromFollowUpTask);
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      // One multi-row INSERT per chunk: a parameter per column (an array), not per value.
      await this.manager().query(
        INSERT_SQL,
        INSERT_COLUMNS.map(([, , value]) => chunk.map(value)),
      );
    }
  }

  async findById(tenantId: TenantId, id: string): Promise<FollowUpTask | null> {
    if (!isUuid(id)) return null;
    const row = await this.manager().findOneBy(FollowUpTaskEntity, { tenantId, id });
    return row ? toFollowUpTask(row) : null;
  }

  async update(task: FollowUpTask, expectedVersion: number): Promise<boolean> {
    const result = await this.manager()
      .createQueryBuilder()
      .update(FollowUpTaskEntity)
      .set(mutableColumns(task))
      .where('id = :id AND tenant_id = :tenantId AND version = :expectedVersion', {
        id: task.id,
        tenantId: task.tenantId,
        expectedVersion,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async list(
    tenantId: TenantId,
    filter: TaskFilter,
    page: PageRequest,
  ): Promise<Page<FollowUpTask>> {
    const query = this.manager()
      .createQueryBuilder(FollowUpTaskEntity, 't')
      .where('t.tenant_id = :tenantId', { tenantId });
    if (!applyFilter(query, filter)) return { items: [], nextCursor: null };
    const rows = await keysetPage(
      query,
      {
        columns: ['t.priority_rank', 't.due', 't.id'],
        key: (row) => [row.priorityRank, row.due, row.id],
        direction: 'ASC',
      },
      page,
    );
    return { items: rows.items.map(toFollowUpTask), nextCursor: rows.nextCursor };
  }

  async cancelUntouched(input: {
    tenantId: TenantId;
    levelChangeIds: readonly string[];
    outcome: string;
    by: string;
    at: Date;
  }): Promise<number> {
    const levelChangeIds = input.levelChangeIds.filter(isUuid);
    if (levelChangeIds.length === 0) return 0;
    // One statement: open tasks still at version 1 were never touched by anyone.
    const result = await this.manager()
      .createQueryBuilder()
      .update(FollowUpTaskEntity)
      .set({
        status: 'cancelled',
        outcome: input.outcome,
        closedBy: input.by,
        closedAt: input.at,
        updatedAt: input.at,
        version: () => 'version + 1',
      })
      .where(
        "tenant_id = :tenantId AND level_change_id = ANY(CAST(:levelChangeIds AS uuid[])) AND status = 'open' AND version = 1",
        { tenantId: input.tenantId, levelChangeIds },
      )
      .execute();
    return result.affected ?? 0;
  }
}

/**
 * Adds the filter's conditions; false when it can match nothing (ids that are not UUIDs, or an
 * empty team list asked alone), so no query is needed. Subject and teams together match either.
 */
function applyFilter(query: SelectQueryBuilder<FollowUpTaskEntity>, filter: TaskFilter): boolean {
  const { assigneeSubject } = filter;
  const teamIds = filter.assigneeTeamIds?.filter(isUuid).map((id) => id.toLowerCase());
  if (assigneeSubject !== undefined && teamIds !== undefined && teamIds.length > 0) {
    query.andWhere(
      "((t.assignee_kind = 'staff' AND t.assignee_subject = :assigneeSubject) OR (t.assignee_kind = 'team' AND t.assignee_team_id = ANY(CAST(:teamIds AS uuid[]))))",
      { assigneeSubject, teamIds },
    );
  } else if (assigneeSubject !== undefined) {
    query.andWhere('t.assignee_subject = :assigneeSubject', { assigneeSubject });
  } else if (teamIds !== undefined) {
    if (teamIds.length === 0) return false;
    query.andWhere('t.assignee_team_id = ANY(CAST(:teamIds AS uuid[]))', { teamIds });
  }
  for (const [column, value] of [
    ['client_id', filter.clientId],
    ['level_change_id', filter.levelChangeId],
  ] as const) {
    if (value === undefined) continue;
    if (!isUuid(value)) return false;
    query.andWhere(`t.${column} = :${column}`, { [column]: value.toLowerCase() });
  }
  if (filter.kind !== undefined) query.andWhere('t.kind = :kind', { kind: filter.kind });
  if (filter.priority !== undefined)
    query.andWhere('t.priority = :priority', { priority: filter.priority });
  if (filter.status !== undefined) query.andWhere('t.status = :status', { status: filter.status });
  return true;
}
