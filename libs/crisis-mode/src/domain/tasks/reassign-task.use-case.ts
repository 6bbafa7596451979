import type { Actor } from '@lavterskel/kernel';
import { assertValid } from '../shared/violations';
import type { FollowUpTask, TaskAssignee } from './follow-up-task';
import { changeTask, type TaskWritePorts } from './change-task';
import { assigneeChecks, reassignedTask } from './task-rules';

export interface ReassignTaskInput {
  actor: Actor;
  taskId: string;
  expectedVersion: number;
  assignee: TaskAssignee;
}

/** Hands an open task to another staff member or a team (e.g. while the assignee is away). */
export class ReassignTask {
  constructor(private readonly ports: TaskWritePorts) {}

  async execute(input: ReassignTaskInput): Promise<FollowUpTask> {
    assertValid(assigneeChecks(input.assignee, 'assignee'));
    const assignee: TaskAssignee =
      input.assignee.kind === 'staff'
        ? { kind: 'staff', subject: input.assignee.subject.trim() }
        : { kind: 'team', teamId: input.assignee.teamId.toLowerCase() };
    return changeTask(
      {
        ...input,
        reason: 'reassigned',
        change: (task, at) => reassignedTask(task, assignee, at),
      },
      this.ports,
    );
  }
}
