import { pageLimit, type Actor, type Page, type PageRequest } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { FollowUpTask } from './follow-up-task';
import type { TaskFilter } from './follow-up-task.repository';
import { TASK_RESOURCE, visibleTasks } from './task-visibility';

/** How many rounds of candidates one page may examine, so that a list stays bounded. */
const MAX_ROUNDS = 5;

export type TaskListPorts = Pick<
  CrisisModePorts,
  'tasks' | 'careRelations' | 'audit' | 'unitOfWork'
>;

/**
 * One page of the tasks matching `filter` that the actor may see, audited as one `search`
 * naming every client shown. Tasks out of reach are skipped, so a page may hold fewer than
 * `limit` items while `nextCursor` is still set.
 */
export async function listVisibleTasks(
  request: { actor: Actor; filter: TaskFilter; page: PageRequest; reason: string },
  ports: TaskListPorts,
): Promise<Page<FollowUpTask>> {
  const { actor, filter } = request;
  const limit = pageLimit(request.page);
  return ports.unitOfWork.run(async () => {
    const items: FollowUpTask[] = [];
    let cursor = request.page.cursor;
    for (let round = 0; round < MAX_ROUNDS && items.length < limit; round += 1) {
      const batch = await ports.tasks.list(actor.tenantId, filter, {
        limit: limit - items.length,
        cursor,
      });
      items.push(...(await visibleTasks(actor, batch.items, ports.careRelations)));
      cursor = batch.nextCursor ?? undefined;
      if (!cursor) break;
    }
    await ports.audit.record({
      actor,
      action: 'search',
      resourceType: TASK_RESOURCE,
      clientIds: [
        ...new Set(items.map((task) => task.clientId).filter((id): id is string => id !== null)),
      ],
      reason: request.reason,
    });
    return { items, nextCursor: cursor ?? null };
  });
}
