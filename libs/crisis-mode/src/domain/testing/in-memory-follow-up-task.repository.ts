import {
  decodeCursor,
  encodeCursor,
  pageLimit,
  type Page,
  type PageRequest,
  type TenantId,
} from '@lavterskel/kernel';
import type { FollowUpTask } from '../tasks/follow-up-task';
import type { FollowUpTaskRepository, TaskFilter } from '../tasks/follow-up-task.repository';
import { PRIORITY_RANK } from '../tasks/task-rules';

type SortKey = [number, string, string];

/** The list order of the TypeORM repository: most urgent first, then the earliest due, then id. */
function sortKey(task: FollowUpTask): SortKey {
  return [PRIORITY_RANK[task.priority], task.due, task.id];
}

function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const left = a[i] as string | number;
    const right = b[i] as string | number;
    if (left < right) return -1;
    if (left > right) return 1;
  }
  return 0;
}

/** Assignee subject and teams together match either; an empty team list alone matches nothing. */
function matchesAssignee(task: FollowUpTask, filter: TaskFilter): boolean {
  const { assigneeSubject, assigneeTeamIds } = filter;
  if (assigneeSubject === undefined && assigneeTeamIds === undefined) return true;
  const bySubject =
    assigneeSubject !== undefined &&
    task.assignee.kind === 'staff' &&
    task.assignee.subject === assigneeSubject;
  const byTeam =
    assigneeTeamIds !== undefined &&
    task.assignee.kind === 'team' &&
    assigneeTeamIds.includes(task.assignee.teamId);
  return bySubject || byTeam;
}

export function matchesFilter(task: FollowUpTask, filter: TaskFilter): boolean {
  return (
    matchesAssignee(task, filter) &&
    (filter.clientId === undefined || task.clientId === filter.clientId) &&
    (filter.kind === undefined || task.kind === filter.kind) &&
    (filter.priority === undefined || task.priority === filter.priority) &&
    (filter.status === undefined || task.status === filter.status) &&
    (filter.levelChangeId === undefined || task.levelChangeId === filter.levelChangeId)
  );
}

/**
 * `FollowUpTaskRepository` in memory, faithful to the TypeORM one: ids are unique, updates are
 * conditional on the version, lists are keyset-paged in the same order with the same cursor,
 * `cancelUntouched` cancels only open tasks still at version 1 of the level changes named.
 */
export class InMemoryFollowUpTaskRepository implements FollowUpTaskRepository {
  private readonly rows = new Map<string, FollowUpTask>();

  /** Every stored task, in insertion order (for assertions). */
  all(): FollowUpTask[] {
    return [...this.rows.values()];
  }

  async insertMany(tasks: readonly FollowUpTask[]): Promise<void> {
    const ids = new Set<string>();
    for (const task of tasks) {
      if (this.rows.has(task.id) || ids.has(task.id)) {
        throw new Error(`duplicate key value violates unique constraint: task ${task.id}`);
      }
      ids.add(task.id);
    }
    for (const task of tasks) this.rows.set(task.id, { ...task });
  }

  async findById(tenantId: TenantId, id: string): Promise<FollowUpTask | null> {
    const task = this.rows.get(id);
    return task && task.tenantId === tenantId ? { ...task } : null;
  }

  async update(task: FollowUpTask, expectedVersion: number): Promise<boolean> {
    const stored = this.rows.get(task.id);
    if (!stored || stored.tenantId !== task.tenantId || stored.version !== expectedVersion) {
      return false;
    }
    this.rows.set(task.id, { ...task });
    return true;
  }

  async list(
    tenantId: TenantId,
    filter: TaskFilter,
    page: PageRequest,
  ): Promise<Page<FollowUpTask>> {
    const limit = pageLimit(page);
    const after = page.cursor ? decodeCursor(page.cursor, 3) : undefined;
    const matching = [...this.rows.values()]
      .filter((task) => task.tenantId === tenantId && matchesFilter(task, filter))
      .sort((a, b) => compareKeys(sortKey(a), sortKey(b)))
      .filter((task) => after === undefined || compareKeys(sortKey(task), after) > 0);
    const items = matching.slice(0, limit).map((task) => ({ ...task }));
    const last = items.at(-1);
    return {
      items,
      nextCursor: matching.length > limit && last ? encodeCursor(sortKey(last)) : null,
    };
  }

  async cancelUntouched(input: {
    tenantId: TenantId;
    levelChangeIds: readonly string[];
    outcome: string;
    by: string;
    at: Date;
  }): Promise<number> {
    let cancelled = 0;
    for (const task of this.rows.values()) {
      if (
        task.tenantId === input.tenantId &&
        task.levelChangeId !== null &&
        input.levelChangeIds.includes(task.levelChangeId) &&
        task.status === 'open' &&
        task.version === 1
      ) {
        this.rows.set(task.id, {
          ...task,
          status: 'cancelled',
          outcome: input.outcome,
          closedBy: input.by,
          closedAt: input.at,
          updatedAt: input.at,
          version: task.version + 1,
        });
        cancelled += 1;
      }
    }
    return cancelled;
  }
}
