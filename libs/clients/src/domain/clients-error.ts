import { DomainError, type FieldViolation } from '@lavterskel/kernel';

/** Every error this library raises; the HTTP filter maps each to a status. */
export enum ClientsErrorCode {
  NotFound = 'clients.not-found',
  InvalidInput = 'clients.invalid-input',
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
