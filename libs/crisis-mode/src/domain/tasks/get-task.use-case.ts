import { notFound, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { FollowUpTask } from './follow-up-task';
import { TASK_RESOURCE, authorizeTask } from './task-visibility';

export interface GetTaskInput {
  actor: Actor;
  taskId: string;
  /** Opens a task about a client outside the actor's care, audited as break-the-glass. */
  breakGlassReason?: string;
}

export type TaskReadPorts = Pick<
  CrisisModePorts,
  'tasks' | 'careRelations' | 'audit' | 'unitOfWork'
>;

/** One task, within need-to-know; audited as a read. */
export class GetTask {
  constructor(private readonly ports: TaskReadPorts) {}

  async execute(input: GetTaskInput): Promise<FollowUpTask> {
    return this.ports.unitOfWork.run(async () => {
      const task = await readableTask(input, this.ports);
      await this.ports.audit.record({
        actor: input.actor,
        action: 'read',
        resourceType: TASK_RESOURCE,
        resourceId: task.id,
        clientId: task.clientId ?? undefined,
      });
      return task;
    });
  }
}

/** The task if it exists in the actor's municipality and is within their reach; else 404. */
export async function readableTask(
  input: GetTaskInput,
  ports: TaskReadPorts,
): Promise<FollowUpTask> {
  const task = await ports.tasks.findById(input.actor.tenantId, input.taskId);
  if (!task) throw notFound(TASK_RESOURCE);
  await authorizeTask(
    { actor: input.actor, task, breakGlassReason: input.breakGlassReason },
    ports,
  );
  return task;
}
