import { DomainError, type FieldViolation } from '@lavterskel/kernel';

/**
 * Every error this library raises; the HTTP filter maps each to a status. A missing record
 * (or one outside the caller's reach) is the kernel's `notFound(...)`, never a code here.
 */
export enum ClientsErrorCode {
  /** The input breaks a rule; `violations` name each field and rule. */
  InvalidInput = 'clients.invalid-input',
  /** Another client in the municipality has this national id. */
  NationalIdTaken = 'clients.national-id-taken',
  /** The status change is not allowed from the current status; `details.allowedTransitions` lists the ones that are. */
  IllegalStatusTransition = 'clients.illegal-status-transition',
  /** The application was already converted into a client, or closed. */
  ApplicationNotOpen = 'clients.application-not-open',
  /** The client already has a crisis plan: update it instead. */
  CrisisPlanExists = 'clients.crisis-plan-exists',
  /** The client already has a clinical profile: update it instead. */
  ClinicalProfileExists = 'clients.clinical-profile-exists',
  /** A staff member asked for another staff member's caseload without being a team lead. */
  CaseloadForbidden = 'clients.caseload-forbidden',
  /** The crisis level in force forbids this encounter (CR-7); `rule`, `level` and `planVersion` say why. */
  RefusedByCrisisPolicy = 'clients.refused-by-crisis-policy',
  /** The client already has an individual plan: update it instead. */
  IndividualPlanExists = 'clients.individual-plan-exists',
  /** Only members of a team see the team's lists (e.g. plans due for review). */
  TeamForbidden = 'clients.team-forbidden',
  /** The encounter already has KOR/FIT feedback: one form set per session. */
  FeedbackExists = 'clients.feedback-exists',
  /** The client was merged into another (`details.survivorId`); HTTP redirects there (308). */
  ClientMerged = 'clients.client-merged',
  /** A merge needs a pseudonymous client and an identified survivor, both not merged away. */
  MergeNotAllowed = 'clients.merge-not-allowed',
  /** The client already has a national id: identifying it again is an update, not an identification. */
  AlreadyIdentified = 'clients.already-identified',
  /** The merge was already reversed. */
  MergeReversed = 'clients.merge-reversed',
  /** The client already has a responsibility group: replace it instead. */
  ResponsibilityGroupExists = 'clients.responsibility-group-exists',
  /** The responsibility group's meeting is recorded as held already. */
  MeetingAlreadyHeld = 'clients.meeting-already-held',
}

export class ClientsError extends DomainError<ClientsErrorCode> {
  constructor(
    code: ClientsErrorCode,
    message: string,
    violations: readonly FieldViolation[] = [],
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(code, message, violations, details);
  }
}
