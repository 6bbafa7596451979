import type { Actor } from '@lavterskel/kernel';
import { assertValid } from '../shared/violations';
import type { FollowUpTask } from './follow-up-task';
import { changeTask, type TaskWritePorts } from './change-task';
import { closedTask, textCheck } from './task-rules';

export interface CancelTaskInput {
  actor: Actor;
  taskId: string;
  expectedVersion: number;
  /** Why it is no longer needed; kept as the task's outcome. */
  reason: string;
}

/** Open → cancelled with the reason; a closed task stays as it is (409 `TaskClosed`). */
export class CancelTask {
  constructor(private readonly ports: TaskWritePorts) {}

  async execute(input: CancelTaskInput): Promise<FollowUpTask> {
    assertValid([textCheck(input.reason, 'reason')]);
    return changeTask(
      {
        actor: input.actor,
        taskId: input.taskId,
        expectedVersion: input.expectedVersion,
        reason: 'cancelled',
        change: (task, at) =>
          closedTask({ task, status: 'cancelled', outcome: input.reason, by: input.actor, at }),
      },
      this.ports,
    );
  }
}
