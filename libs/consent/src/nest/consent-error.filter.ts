import { Catch, HttpStatus } from '@nestjs/common';
import { DomainErrorFilter, assertNever } from '@lavterskel/kernel/nest';
import { ConsentError, ConsentErrorCode } from '../domain/consent-error';

/** problem+json for ConsentError; every code maps to exactly one status. */
@Catch(ConsentError)
export class ConsentErrorFilter extends DomainErrorFilter<ConsentError> {
  protected status(code: ConsentErrorCode): number {
    switch (code) {
      case ConsentErrorCode.InvalidInput:
        return HttpStatus.BAD_REQUEST;
      case ConsentErrorCode.ConsentWithdrawn:
      case ConsentErrorCode.DecisionDenied:
      case ConsentErrorCode.DecisionAlreadyUsed:
      case ConsentErrorCode.ReviewNotRequired:
      case ConsentErrorCode.AlreadyReviewed:
        return HttpStatus.CONFLICT;
      default:
        return assertNever(code);
    }
  }
}
