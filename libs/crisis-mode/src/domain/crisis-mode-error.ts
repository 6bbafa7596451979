import { DomainError, type FieldViolation } from '@lavterskel/kernel';

/**
 * Every error this library raises; the HTTP filter maps each to a status. A missing record
 * (or one outside the caller's reach) is the kernel's `notFound(...)`, never a code here.
 */
export enum CrisisModeErrorCode {
  InvalidInput = 'crisis-mode.invalid-input',
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
