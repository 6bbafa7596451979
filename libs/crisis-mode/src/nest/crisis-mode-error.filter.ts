import { Catch, HttpStatus } from '@nestjs/common';
import { DomainErrorFilter, assertNever } from '@lavterskel/kernel/nest';
import { CrisisModeError, CrisisModeErrorCode } from '../domain/crisis-mode-error';

/** problem+json for CrisisModeError; every code maps to exactly one status. */
@Catch(CrisisModeError)
export class CrisisModeErrorFilter extends DomainErrorFilter<CrisisModeError> {
  protected status(code: CrisisModeErrorCode): number {
    switch (code) {
      case CrisisModeErrorCode.InvalidInput:
        return HttpStatus.BAD_REQUEST;
      case CrisisModeErrorCode.NotCoordinator:
        return HttpStatus.FORBIDDEN;
      case CrisisModeErrorCode.UnknownLevel:
        return HttpStatus.UNPROCESSABLE_ENTITY;
      case CrisisModeErrorCode.AlreadyAtLevel:
      case CrisisModeErrorCode.ConcurrentChange:
      case CrisisModeErrorCode.EffectFailed:
      case CrisisModeErrorCode.TaskClosed:
      case CrisisModeErrorCode.RefusedByPolicy:
        return HttpStatus.CONFLICT;
      case CrisisModeErrorCode.CompetencyNotHeld:
        return HttpStatus.UNPROCESSABLE_ENTITY;
      case CrisisModeErrorCode.BackupAssignmentEnded:
        return HttpStatus.CONFLICT;
      default:
        return assertNever(code);
    }
  }
}
