import { DomainError, type FieldViolation } from '@lavterskel/kernel';

/**
 * Every error this library raises; the HTTP filter maps each to a status. A missing record
 * (or one outside the caller's reach) is the kernel's `notFound(...)`, never a code here.
 */
export enum ConsentErrorCode {
  InvalidInput = 'consent.invalid-input',
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
