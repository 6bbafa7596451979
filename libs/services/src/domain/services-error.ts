import { DomainError, type FieldViolation } from '@lavterskel/kernel';

/** Every error this library raises; the HTTP filter maps each to a status. */
export enum ServicesErrorCode {
  NotFound = 'services.not-found',
  InvalidInput = 'services.invalid-input',
}

export class ServicesError extends DomainError<ServicesErrorCode> {
  constructor(
    code: ServicesErrorCode,
    message: string,
    violations: readonly FieldViolation[] = [],
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(code, message, violations, details);
  }
}
