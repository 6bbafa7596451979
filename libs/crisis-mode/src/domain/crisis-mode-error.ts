import { DomainError, type FieldViolation } from '@lavterskel/kernel';

/**
 * Every error this library raises; the HTTP filter maps each to a status. A missing record
 * (or one outside the caller's reach) is the kernel's `notFound(...)`, never a code here.
 */
export enum CrisisModeErrorCode {
  /** The input breaks a rule; `errors[]` names each field (400). */
  InvalidInput = 'crisis-mode.invalid-input',
  /** The level named is not in the plan (422). */
  UnknownLevel = 'crisis-mode.unknown-level',
  /** The municipality is at that level already (409). */
  AlreadyAtLevel = 'crisis-mode.already-at-level',
  /** Another change of the municipality's level, or of the record, came first (409). */
  ConcurrentChange = 'crisis-mode.concurrent-change',
  /** One effect of a level change failed; nothing was applied; `details.step` names it (409). */
  EffectFailed = 'crisis-mode.effect-failed',
  /** The task is closed (done or cancelled) and can no longer change (409). */
  TaskClosed = 'crisis-mode.task-closed',
  /** Only a crisis coordinator may prepare plans and change the level (403). */
  NotCoordinator = 'crisis-mode.not-coordinator',
  /** The action is refused by the crisis level in force (409). */
  RefusedByPolicy = 'crisis-mode.refused-by-policy',
  /** The staff member does not hold the competency the back-up assignment is for (422). */
  CompetencyNotHeld = 'crisis-mode.competency-not-held',
  /** The back-up assignment has been ended already (409). */
  BackupAssignmentEnded = 'crisis-mode.backup-assignment-ended',
}

export class CrisisModeError extends DomainError<CrisisModeErrorCode> {
  constructor(
    code: CrisisModeErrorCode,
    message: string,
    violations: readonly FieldViolation[] = [],
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(code, message, violations, details);
  }
}
