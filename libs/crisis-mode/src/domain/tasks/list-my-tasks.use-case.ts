import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { FollowUpTask, TaskKind, TaskPriority, TaskStatus } from './follow-up-task';
import { listVisibleTasks, type TaskListPorts } from './task-list';

export interface ListMyTasksInput {
  actor: Actor;
  kind?: TaskKind;
  priority?: TaskPriority;
  /** Default `open`: what is still to do. */
  status?: TaskStatus;
  page: PageRequest;
}

/** CR-3: the actor's tasks, theirs by name or their teams', the most urgent first. */
export class ListMyTasks {
  constructor(private readonly ports: TaskListPorts) {}

  async execute(input: ListMyTasksInput): Promise<Page<FollowUpTask>> {
    const { actor } = input;
    return listVisibleTasks(
      {
        actor,
        filter: {
          assigneeSubject: actor.subject,
          assigneeTeamIds: actor.teamIds,
          kind: input.kind,
          priority: input.priority,
          status: input.status ?? 'open',
        },
        page: input.page,
        reason: 'my follow-up tasks',
      },
      this.ports,
    );
  }
}
