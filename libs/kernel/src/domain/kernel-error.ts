import { DomainError, type FieldViolation } from './domain-error';

export enum KernelErrorCode {
  InvalidTenant = 'kernel.invalid-tenant',
  InvalidCursor = 'kernel.invalid-cursor',
  InvalidId = 'kernel.invalid-id',
  ConcurrentModification = 'kernel.concurrent-modification',
  PreconditionRequired = 'kernel.precondition-required',
}

export class KernelError extends DomainError<KernelErrorCode> {
  constructor(code: KernelErrorCode, message: string, violations: readonly FieldViolation[] = []) {
    super(code, message, violations);
  }
}
