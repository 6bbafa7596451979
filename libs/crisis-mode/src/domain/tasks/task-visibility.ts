import {
  authorizeClientAccess,
  clientsInCare,
  hasAnyRole,
  notFound,
  type Actor,
  type AuditLog,
  type CareRelations,
} from '@lavterskel/kernel';
import type { FollowUpTask } from './follow-up-task';
import { assignedTo } from './task-rules';

/**
 * Roles that oversee every task of their municipality: the coordinator runs the crisis
 * response and has to see that every follow-up is done (each access is audited).
 */
export const TASK_OVERSIGHT_ROLES: readonly string[] = ['crisis-coordinator'];

export const TASK_RESOURCE = 'follow-up-task';

export function overseesTasks(actor: Actor): boolean {
  return hasAnyRole(actor, TASK_OVERSIGHT_ROLES);
}

/**
 * Need-to-know on one task: its assignee (the staff member or their team), an overseer,
 * or someone with a care relation to its client (or a break-the-glass reason). Anything else
 * is answered as a missing task.
 */
export async function authorizeTask(
  request: { actor: Actor; task: FollowUpTask; breakGlassReason?: string },
  ports: { careRelations: CareRelations; audit: AuditLog },
): Promise<void> {
  const { actor, task } = request;
  if (assignedTo(task, actor) || overseesTasks(actor)) return;
  if (task.clientId === null) throw notFound(TASK_RESOURCE);
  await authorizeClientAccess(
    {
      actor,
      clientId: task.clientId,
      breakGlassReason: request.breakGlassReason,
      resource: TASK_RESOURCE,
    },
    ports,
  );
}

/** The tasks among `tasks` the actor may see, in their order; care relations asked once. */
export async function visibleTasks(
  actor: Actor,
  tasks: readonly FollowUpTask[],
  careRelations: CareRelations,
): Promise<FollowUpTask[]> {
  if (overseesTasks(actor)) return [...tasks];
  const othersClients = tasks
    .filter((task) => !assignedTo(task, actor))
    .map((task) => task.clientId)
    .filter((clientId): clientId is string => clientId !== null);
  const inCare = await clientsInCare(careRelations, actor, othersClients);
  return tasks.filter(
    (task) => assignedTo(task, actor) || (task.clientId !== null && inCare.has(task.clientId)),
  );
}
