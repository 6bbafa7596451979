import type { TenantId } from '@lavterskel/kernel';
import type {
  FollowUpTask,
  TaskAssignee,
  TaskKind,
  TaskPriority,
  TaskStatus,
} from '../../domain/tasks/follow-up-task';
import { PRIORITY_RANK } from '../../domain/tasks/task-rules';
import type { FollowUpTaskEntity } from './follow-up-task.entity';

function assigneeOf(row: FollowUpTaskEntity): TaskAssignee {
  // The assignee check constraint guarantees the column of the kind is set.
  return row.assigneeKind === 'team'
    ? { kind: 'team', teamId: row.assigneeTeamId ?? '' }
    : { kind: 'staff', subject: row.assigneeSubject ?? '' };
}

export function toFollowUpTask(row: FollowUpTaskEntity): FollowUpTask {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    kind: row.kind as TaskKind,
    clientId: row.clientId,
    serviceId: row.serviceId,
    groupId: row.groupId,
    levelChangeId: row.levelChangeId,
    noticeId: row.noticeId,
    description: row.description,
    priority: row.priority as TaskPriority,
    due: row.due,
    assignee: assigneeOf(row),
    status: row.status as TaskStatus,
    outcome: row.outcome,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    closedBy: row.closedBy,
    closedAt: row.closedAt,
    version: row.version,
  };
}

/** The columns an update may change (everything but identity, origin and creation). */
export function mutableColumns(
  task: FollowUpTask,
): Omit<
  FollowUpTaskEntity,
  | 'id'
  | 'tenantId'
  | 'kind'
  | 'clientId'
  | 'serviceId'
  | 'groupId'
  | 'levelChangeId'
  | 'noticeId'
  | 'createdBy'
  | 'createdAt'
> {
  return {
    description: task.description,
    priority: task.priority,
    priorityRank: PRIORITY_RANK[task.priority],
    due: task.due,
    assigneeKind: task.assignee.kind,
    assigneeSubject: task.assignee.kind === 'staff' ? task.assignee.subject : null,
    assigneeTeamId: task.assignee.kind === 'team' ? task.assignee.teamId : null,
    status: task.status,
    outcome: task.outcome,
    updatedAt: task.updatedAt,
    closedBy: task.closedBy,
    closedAt: task.closedAt,
    version: task.version,
  };
}

export function fromFollowUpTask(task: FollowUpTask): FollowUpTaskEntity {
  return {
    id: task.id,
    tenantId: task.tenantId,
    kind: task.kind,
    clientId: task.clientId,
    serviceId: task.serviceId,
    groupId: task.groupId,
    levelChangeId: task.levelChangeId,
    noticeId: task.noticeId,
    createdBy: task.createdBy,
    createdAt: task.createdAt,
    ...mutableColumns(task),
  };
}
