import { DomainError, type FieldViolation } from '@lavterskel/kernel';

/**
 * Every error this library raises; the HTTP filter maps each to a status. A missing record
 * (or one outside the caller's reach) is the kernel's `notFound(...)`, never a code here.
 */
export enum GroupsErrorCode {
  /** A field breaks a rule; `violations` names each field and rule. */
  InvalidInput = 'groups.invalid-input',
  /** A cohort or preference names a time slot that is not in the group's schedule. */
  SlotNotInSchedule = 'groups.slot-not-in-schedule',
  /** The slot already runs as many cohorts as it may hold in parallel. */
  SlotFull = 'groups.slot-full',
  /** A schedule change would remove a slot that a cohort still uses. */
  SlotInUse = 'groups.slot-in-use',
  /** The chosen cohort has no free seat. */
  CohortFull = 'groups.cohort-full',
  /** No cohort of the group has a free seat, or the group is at capacity. */
  GroupFull = 'groups.group-full',
  /** The client already is a member (or on the waitlist) of this group. */
  AlreadyMember = 'groups.already-member',
  /** The client was never a member of the session's group. */
  NotAMember = 'groups.not-a-member',
  /** A capacity change would leave more active members than seats. */
  CapacityBelowMembers = 'groups.capacity-below-members',
  /** A new cohort would be larger than the cohort size of the arrangement in force. */
  CohortAboveArrangementLimit = 'groups.cohort-above-arrangement-limit',
  /** Present/absent before the session started, or cancelled after it started. */
  AttendanceTiming = 'groups.attendance-timing',
  /** An arrangement with this reference already exists in the municipality. */
  ArrangementReferenceTaken = 'groups.arrangement-reference-taken',
  /** A group in scope is already under another arrangement; restore that one first. */
  GroupAlreadyRearranged = 'groups.group-already-rearranged',
  /** The arrangement was restored already. */
  ArrangementAlreadyRestored = 'groups.arrangement-already-restored',
  /** The disclosure checker found no consent or legal basis for this exposure list. */
  ExposureDisclosureDenied = 'groups.exposure-disclosure-denied',
  /** The crisis level in force forbids this join (CR-7); `rule`, `level` and `planVersion` say why. */
  RefusedByCrisisPolicy = 'groups.refused-by-crisis-policy',
}

export class GroupsError extends DomainError<GroupsErrorCode> {
  constructor(
    code: GroupsErrorCode,
    message: string,
    violations: readonly FieldViolation[] = [],
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(code, message, violations, details);
  }
}

/** Invalid input: one violation per broken rule, raised only when there is at least one. */
export function assertValid(
  violations: readonly FieldViolation[],
  message = 'The request is not valid.',
): void {
  if (violations.length > 0)
    throw new GroupsError(GroupsErrorCode.InvalidInput, message, violations);
}
