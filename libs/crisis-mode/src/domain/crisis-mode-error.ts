import { DomainError, type FieldViolation } from '@lavterskel/kernel';

/** Every error this library raises; the HTTP filter maps each to a status. */
export enum CrisisModeErrorCode {
  NotFound = 'crisis-mode.not-found',
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
