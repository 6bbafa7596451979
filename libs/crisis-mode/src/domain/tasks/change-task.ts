import { notFound, staleVersion, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { FollowUpTask } from './follow-up-task';
import { assertOpen } from './task-rules';
import { TASK_RESOURCE, authorizeTask } from './task-visibility';

export type TaskWritePorts = Pick<
  CrisisModePorts,
  'tasks' | 'careRelations' | 'audit' | 'unitOfWork' | 'clock'
>;

/**
 * The one way a task changes: read it within need-to-know, refuse a closed one (409) and a
 * stale `If-Match` (412), write the next version conditionally and audit it, in one transaction.
 */
export async function changeTask(
  request: {
    actor: Actor;
    taskId: string;
    expectedVersion: number;
    reason: string;
    change: (task: FollowUpTask, now: Date) => FollowUpTask;
  },
  ports: TaskWritePorts,
): Promise<FollowUpTask> {
  const { actor } = request;
  return ports.unitOfWork.run(async () => {
    const task = await ports.tasks.findById(actor.tenantId, request.taskId);
    if (!task) throw notFound(TASK_RESOURCE);
    await authorizeTask({ actor, task }, ports);
    assertOpen(task);
    if (task.version !== request.expectedVersion) throw staleVersion();
    const next = request.change(task, ports.clock.now());
    if (!(await ports.tasks.update(next, request.expectedVersion))) throw staleVersion();
    await ports.audit.record({
      actor,
      action: 'update',
      resourceType: TASK_RESOURCE,
      resourceId: task.id,
      clientId: task.clientId ?? undefined,
      reason: request.reason,
    });
    return next;
  });
}
