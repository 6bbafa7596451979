import { DomainError, type FieldViolation } from '@lavterskel/kernel';

/**
 * Every error this library raises; the HTTP filter maps each to a status. A missing record
 * (or one outside the caller's reach) is the kernel's `notFound(...)`, never a code here.
 */
export enum ConsentErrorCode {
  /** Input breaks a rule; `violations` names each field and rule. */
  InvalidInput = 'consent.invalid-input',
  /** The consent is withdrawn: it cannot change again; the client gives a new one. */
  ConsentWithdrawn = 'consent.consent-withdrawn',
  /** A denied decision cannot back a disclosure. */
  DecisionDenied = 'consent.decision-denied',
  /** The decision already backs a disclosure; every share asks anew. */
  DecisionAlreadyUsed = 'consent.decision-already-used',
  /** Only decisions on a legal basis other than consent are reviewed. */
  ReviewNotRequired = 'consent.review-not-required',
  /** The decision has been reviewed already. */
  AlreadyReviewed = 'consent.already-reviewed',
}

export class ConsentError extends DomainError<ConsentErrorCode> {
  constructor(
    code: ConsentErrorCode,
    message: string,
    violations: readonly FieldViolation[] = [],
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(code, message, violations, details);
  }
}

/** Throws one InvalidInput error naming every violation, if there are any. */
export function assertValid(violations: readonly FieldViolation[], message: string): void {
  if (violations.length > 0)
    throw new ConsentError(ConsentErrorCode.InvalidInput, message, violations);
}
