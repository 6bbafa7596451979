import { authorizeClientAccess, isUuid, newId, osloDate, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { assertValid, oneOf, violation } from '../shared/violations';
import {
  TASK_KINDS,
  TASK_PRIORITIES,
  type FollowUpTask,
  type TaskAssignee,
  type TaskKind,
  type TaskPriority,
} from './follow-up-task';
import { assigneeChecks, dayCheck, textCheck } from './task-rules';
import { TASK_RESOURCE } from './task-visibility';

export interface CreateTaskInput {
  actor: Actor;
  kind: TaskKind;
  clientId: string;
  serviceId?: string | null;
  description: string;
  priority: TaskPriority;
  /** Oslo calendar day, today or later. */
  due: string;
  /** Default: the actor. */
  assignee?: TaskAssignee;
}

/**
 * A follow-up task made by hand, about a client the actor has a care relation to (X-2: else
 * 404 like a missing client); audited as a create.
 */
export class CreateTask {
  constructor(
    private readonly ports: Pick<
      CrisisModePorts,
      'tasks' | 'careRelations' | 'audit' | 'unitOfWork' | 'clock'
    >,
  ) {}

  async execute(input: CreateTaskInput): Promise<FollowUpTask> {
    const { actor } = input;
    const now = this.ports.clock.now();
    const assignee: TaskAssignee = input.assignee ?? { kind: 'staff', subject: actor.subject };
    assertValid([
      oneOf(input.kind, TASK_KINDS, 'kind'),
      oneOf(input.priority, TASK_PRIORITIES, 'priority'),
      !isUuid(input.clientId) && violation('clientId', 'uuid', 'must be a UUID'),
      input.serviceId != null &&
        !isUuid(input.serviceId) &&
        violation('serviceId', 'uuid', 'must be a UUID'),
      textCheck(input.description, 'description'),
      dayCheck(input.due, 'due') ||
        (input.due < osloDate(now) && violation('due', 'not-in-past', 'must be today or later')),
      ...assigneeChecks(assignee, 'assignee'),
    ]);
    return this.ports.unitOfWork.run(async () => {
      const clientId = input.clientId.toLowerCase();
      await authorizeClientAccess({ actor, clientId }, this.ports);
      const task: FollowUpTask = {
        id: newId(),
        tenantId: actor.tenantId,
        kind: input.kind,
        clientId,
        serviceId: input.serviceId?.toLowerCase() ?? null,
        groupId: null,
        levelChangeId: null,
        noticeId: null,
        description: input.description.trim(),
        priority: input.priority,
        due: input.due,
        assignee:
          assignee.kind === 'staff'
            ? { kind: 'staff', subject: assignee.subject.trim() }
            : { kind: 'team', teamId: assignee.teamId.toLowerCase() },
        status: 'open',
        outcome: null,
        createdBy: actor.subject,
        createdAt: now,
        updatedAt: now,
        closedBy: null,
        closedAt: null,
        version: 1,
      };
      await this.ports.tasks.insertMany([task]);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: TASK_RESOURCE,
        resourceId: task.id,
        clientId,
      });
      return task;
    });
  }
}
