import type { TenantId } from '@lavterskel/kernel';

/** What a follow-up task asks staff to do (CR-3, CR-6, GR-4). */
export const TASK_KINDS = [
  'phone-follow-up',
  'home-visit',
  'unplaced-cohort-member',
  'notice-follow-up',
  'language-follow-up',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** FHIR Task priorities, most urgent last. */
export const TASK_PRIORITIES = ['routine', 'urgent', 'asap'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Who is to do it: a staff member (token subject), else the service's team. */
export type TaskAssignee =
  | { readonly kind: 'staff'; readonly subject: string }
  | { readonly kind: 'team'; readonly teamId: string };

/** A record of its own (FHIR Task): created by crisis activation, notices or by hand. */
export interface FollowUpTask {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly kind: TaskKind;
  /** `null` for a task about a service or partner, not a client (a notice reminder). */
  readonly clientId: string | null;
  readonly serviceId: string | null;
  readonly groupId: string | null;
  /** The level change that created it; its deactivation cancels it if untouched. */
  readonly levelChangeId: string | null;
  readonly noticeId: string | null;
  readonly description: string;
  readonly priority: TaskPriority;
  /** Oslo calendar day. */
  readonly due: string;
  readonly assignee: TaskAssignee;
  readonly status: TaskStatus;
  readonly outcome: string | null;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly closedBy: string | null;
  readonly closedAt: Date | null;
  /** 1 until someone works on it: an untouched task. */
  readonly version: number;
}
