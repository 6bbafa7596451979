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
      case ServicesErrorCode.UnknownReference:
      case ServicesErrorCode.OutsidePrescriptionPeriod:
      case ServicesErrorCode.DoseExceedsPrescription:
      case ServicesErrorCode.TwoStaffRequired:
      case ServicesErrorCode.TransferNotAllowed:
        return HttpStatus.UNPROCESSABLE_ENTITY;
      case ServicesErrorCode.AlreadyExists:
      case ServicesErrorCode.AlreadyEnrolled:
      case ServicesErrorCode.AlreadyDispensed:
      case ServicesErrorCode.AlreadyVoided:
      case ServicesErrorCode.TransferOverlaps:
      case ServicesErrorCode.InvalidStateTransition:
      case ServicesErrorCode.RefusedByCrisisPolicy:
        return HttpStatus.CONFLICT;
      case ServicesErrorCode.SharingRefused:
        return HttpStatus.FORBIDDEN;
      default:
        return assertNever(code);
    }
  }
}
