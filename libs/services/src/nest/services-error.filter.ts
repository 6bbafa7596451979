import { Catch, HttpStatus } from '@nestjs/common';
import { DomainErrorFilter, assertNever } from '@lavterskel/kernel/nest';
import { ServicesError, ServicesErrorCode } from '../domain/services-error';

/** problem+json for ServicesError; every code maps to exactly one status. */
@Catch(ServicesError)
export class ServicesErrorFilter extends DomainErrorFilter<ServicesError> {
  protected status(code: ServicesErrorCode): number {
    switch (code) {
      case ServicesErrorCode.InvalidInput:
        return HttpStatus.BAD_REQUEST;
      default:
        return assertNever(code);
    }
  }
}
