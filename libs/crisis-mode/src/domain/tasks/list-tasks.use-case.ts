import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { FollowUpTask, TaskKind, TaskPriority, TaskStatus } from './follow-up-task';
import { listVisibleTasks, type TaskListPorts } from './task-list';

export interface ListTasksInput {
  actor: Actor;
  kind?: TaskKind;
  priority?: TaskPriority;
  /** Any status unless given. */
  status?: TaskStatus;
  clientId?: string;
  /** The tasks one level change created (e.g. everything `red` asked for). */
  levelChangeId?: string;
  /** Tasks assigned to this team. */
  teamId?: string;
  page: PageRequest;
}

/**
 * CR-3: the municipality's tasks by kind, priority, status, client, level change or team. A
 * crisis coordinator sees them all; anyone else only those within need-to-know (their own,
 * their teams', and those about clients they have a care relation to).
 */
export class ListTasks {
  constructor(private readonly ports: TaskListPorts) {}

  async execute(input: ListTasksInput): Promise<Page<FollowUpTask>> {
    return listVisibleTasks(
      {
        actor: input.actor,
        filter: {
          kind: input.kind,
          priority: input.priority,
          status: input.status,
          clientId: input.clientId,
          levelChangeId: input.levelChangeId,
          assigneeTeamIds: input.teamId === undefined ? undefined : [input.teamId],
        },
        page: input.page,
        reason: 'follow-up tasks',
      },
      this.ports,
    );
  }
}
