import { isCalendarDay, isUuid, type Actor } from '@lavterskel/kernel';
import { CrisisModeError, CrisisModeErrorCode } from '../crisis-mode-error';
import { notBlank, violation, type Check } from '../shared/violations';
import type { FollowUpTask, TaskAssignee, TaskPriority, TaskStatus } from './follow-up-task';

/** Longest description, outcome or cancel reason a task keeps. */
export const MAX_TASK_TEXT = 2000;

/** Sort rank of a priority: the most urgent first (asap, urgent, routine). */
export const PRIORITY_RANK: Readonly<Record<TaskPriority, number>> = {
  asap: 0,
  urgent: 1,
  routine: 2,
};

/** A task no one may change any more: done or cancelled. */
export function isClosed(task: FollowUpTask): boolean {
  return task.status !== 'open';
}

/** Closed tasks keep their outcome: any change is refused with `TaskClosed` (409). */
export function assertOpen(task: FollowUpTask): void {
  if (isClosed(task)) {
    throw new CrisisModeError(
      CrisisModeErrorCode.TaskClosed,
      `The task is ${task.status} and can no longer change.`,
      [],
      { status: task.status },
    );
  }
}

/** The task closed as `status` with its outcome, one version on. */
export function closedTask(input: {
  task: FollowUpTask;
  status: Exclude<TaskStatus, 'open'>;
  outcome: string;
  by: Actor;
  at: Date;
}): FollowUpTask {
  return {
    ...input.task,
    status: input.status,
    outcome: input.outcome.trim(),
    closedBy: input.by.subject,
    closedAt: input.at,
    updatedAt: input.at,
    version: input.task.version + 1,
  };
}

/** The task handed to someone else, one version on. */
export function reassignedTask(task: FollowUpTask, assignee: TaskAssignee, at: Date): FollowUpTask {
  return { ...task, assignee, updatedAt: at, version: task.version + 1 };
}

/** Is the task the actor's own, or their team's? */
export function assignedTo(task: FollowUpTask, actor: Actor): boolean {
  return task.assignee.kind === 'staff'
    ? task.assignee.subject === actor.subject
    : actor.teamIds.includes(task.assignee.teamId);
}

export function textCheck(value: string | undefined, field: string): Check {
  return (
    notBlank(value, field) ||
    ((value ?? '').trim().length > MAX_TASK_TEXT &&
      violation(field, 'max-length', `must be at most ${MAX_TASK_TEXT} characters`))
  );
}

export function dayCheck(value: string | undefined, field: string): Check {
  return !isCalendarDay(value) && violation(field, 'calendar-day', 'must be a date YYYY-MM-DD');
}

/** A staff member by token subject, or a team by id. */
export function assigneeChecks(assignee: TaskAssignee | undefined, field: string): Check[] {
  if (!assignee) return [violation(field, 'required', 'must name a staff member or a team')];
  if (assignee.kind === 'staff') {
    return [
      notBlank(assignee.subject, `${field}.subject`) ||
        (assignee.subject.length > 255 &&
          violation(`${field}.subject`, 'max-length', 'must be at most 255 characters')),
    ];
  }
  if (assignee.kind === 'team') {
    return [!isUuid(assignee.teamId) && violation(`${field}.teamId`, 'uuid', 'must be a UUID')];
  }
  return [violation(`${field}.kind`, 'one-of', 'must be one of staff, team')];
}
