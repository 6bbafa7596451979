import { hasAnyRole, notFound, type Actor, type Page, type PageRequest } from '@lavterskel/kernel';
import type { FollowUpTask, TaskKind, TaskPriority, TaskStatus } from './follow-up-task';
import { listVisibleTasks, type TaskListPorts } from './task-list';
import { overseesTasks } from './task-visibility';

/** Roles that see the tasks of the teams they belong to (the token's `teamIds`). */
export const TEAM_TASK_ROLES: readonly string[] = ['team-lead'];

export interface ListTeamTasksInput {
  actor: Actor;
  /** One team; without it, every team of the actor's token. */
  teamId?: string;
  kind?: TaskKind;
  priority?: TaskPriority;
  /** Any status unless given. */
  status?: TaskStatus;
  clientId?: string;
  levelChangeId?: string;
  page: PageRequest;
}

/**
 * CR-3: the tasks assigned to a team. A team lead sees their own teams' (from the token), a
 * crisis coordinator any team's; any other team answers as missing.
 */
export class ListTeamTasks {
  constructor(private readonly ports: TaskListPorts) {}

  async execute(input: ListTeamTasksInput): Promise<Page<FollowUpTask>> {
    const { actor } = input;
    const teamIds = input.teamId === undefined ? actor.teamIds : [input.teamId];
    const leads = hasAnyRole(actor, TEAM_TASK_ROLES);
    const allowed =
      overseesTasks(actor) || (leads && teamIds.every((id) => actor.teamIds.includes(id)));
    if (!allowed) throw notFound('team');
    return listVisibleTasks(
      {
        actor,
        filter: {
          assigneeTeamIds: teamIds,
          kind: input.kind,
          priority: input.priority,
          status: input.status,
          clientId: input.clientId,
          levelChangeId: input.levelChangeId,
        },
        page: input.page,
        reason: 'team follow-up tasks',
      },
      this.ports,
    );
  }
}
