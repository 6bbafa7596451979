import { HttpStatus } from '@nestjs/common';
import { KernelErrorCode } from '../../domain/kernel-error';
import { assertNever } from './domain-error.filter';

export function kernelErrorStatus(code: KernelErrorCode): number {
  switch (code) {
    case KernelErrorCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case KernelErrorCode.InvalidTenant:
    case KernelErrorCode.InvalidCursor:
    case KernelErrorCode.InvalidId:
    case KernelErrorCode.BreakGlassReasonTooShort:
    case KernelErrorCode.InvalidHeader:
      return HttpStatus.BAD_REQUEST;
    case KernelErrorCode.IdempotencyKeyReused:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case KernelErrorCode.ConcurrentModification:
      return HttpStatus.PRECONDITION_FAILED;
    case KernelErrorCode.PreconditionRequired:
      return HttpStatus.PRECONDITION_REQUIRED;
    case KernelErrorCode.RateLimited:
      return HttpStatus.TOO_MANY_REQUESTS;
    default:
      return assertNever(code);
  }
}
