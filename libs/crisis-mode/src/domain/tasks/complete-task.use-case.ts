import type { Actor } from '@lavterskel/kernel';
import { assertValid } from '../shared/violations';
import type { FollowUpTask } from './follow-up-task';
import { changeTask, type TaskWritePorts } from './change-task';
import { closedTask, textCheck } from './task-rules';

export interface CompleteTaskInput {
  actor: Actor;
  taskId: string;
  expectedVersion: number;
  /** What came of it, e.g. "Reached by phone; has medication for a week." */
  outcome: string;
}

/** Open → done with the outcome; a closed task stays as it is (409 `TaskClosed`). */
export class CompleteTask {
  constructor(private readonly ports: TaskWritePorts) {}

  async execute(input: CompleteTaskInput): Promise<FollowUpTask> {
    assertValid([textCheck(input.outcome, 'outcome')]);
    return changeTask(
      {
        ...input,
        reason: 'completed',
        change: (task, at) =>
          closedTask({ task, status: 'done', outcome: input.outcome, by: input.actor, at }),
      },
      this.ports,
    );
  }
}
