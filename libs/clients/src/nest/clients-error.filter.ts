import { Catch, HttpStatus } from '@nestjs/common';
import { DomainErrorFilter, assertNever } from '@lavterskel/kernel/nest';
import { ClientsError, ClientsErrorCode } from '../domain/clients-error';

/** problem+json for ClientsError; every code maps to exactly one status. */
@Catch(ClientsError)
export class ClientsErrorFilter extends DomainErrorFilter<ClientsError> {
  protected status(code: ClientsErrorCode): number {
    switch (code) {
      case ClientsErrorCode.InvalidInput:
        return HttpStatus.BAD_REQUEST;
      case ClientsErrorCode.CaseloadForbidden:
      case ClientsErrorCode.TeamForbidden:
        return HttpStatus.FORBIDDEN;
      case ClientsErrorCode.NationalIdTaken:
      case ClientsErrorCode.IllegalStatusTransition:
      case ClientsErrorCode.ApplicationNotOpen:
      case ClientsErrorCode.CrisisPlanExists:
      case ClientsErrorCode.ClinicalProfileExists:
      case ClientsErrorCode.RefusedByCrisisPolicy:
      case ClientsErrorCode.FeedbackExists:
      case ClientsErrorCode.IndividualPlanExists:
      case ClientsErrorCode.ResponsibilityGroupExists:
      case ClientsErrorCode.MeetingAlreadyHeld:
        return HttpStatus.CONFLICT;
      default:
        return assertNever(code);
    }
  }
}
