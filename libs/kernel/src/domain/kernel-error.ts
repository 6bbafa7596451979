import { DomainError, type FieldViolation } from './domain-error';

export enum KernelErrorCode {
  /** A record that does not exist, or that the caller may not see: the two are indistinguishable. */
  NotFound = 'not-found',
  InvalidTenant = 'kernel.invalid-tenant',
  InvalidCursor = 'kernel.invalid-cursor',
  InvalidId = 'kernel.invalid-id',
  ConcurrentModification = 'kernel.concurrent-modification',
  PreconditionRequired = 'kernel.precondition-required',
  BreakGlassReasonTooShort = 'kernel.break-glass-reason-too-short',
  InvalidHeader = 'kernel.invalid-header',
  IdempotencyKeyReused = 'kernel.idempotency-key-reused',
  /** Too many requests from one caller in a window; `Retry-After` says when to try again. */
  RateLimited = 'kernel.rate-limited',
}

export class KernelError extends DomainError<KernelErrorCode> {
  constructor(code: KernelErrorCode, message: string, violations: readonly FieldViolation[] = []) {
    super(code, message, violations);
  }
}

/** The one answer for a missing record and for a record outside the caller's reach. */
export function notFound(resource: string): KernelError {
  return new KernelError(KernelErrorCode.NotFound, `No ${resource} with this id.`);
}
