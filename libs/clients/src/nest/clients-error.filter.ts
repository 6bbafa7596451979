import { Catch, HttpStatus, type ArgumentsHost } from '@nestjs/common';
import { DomainErrorFilter, assertNever } from '@lavterskel/kernel/nest';
import { ClientsError, ClientsErrorCode } from '../domain/clients-error';

/** problem+json for ClientsError; every code maps to exactly one status. */
@Catch(ClientsError)
export class ClientsErrorFilter extends DomainErrorFilter<ClientsError> {
  /** A merged client's id answers 308 with `Location` on the same path under the survivor's id. */
  override catch(error: ClientsError, host: ArgumentsHost): void {
    const survivorId = error.details['survivorId'];
    if (error.code === ClientsErrorCode.ClientMerged && typeof survivorId === 'string') {
      const http = host.switchToHttp();
      const request = http.getRequest<{ originalUrl?: string; url: string }>();
      const path = request.originalUrl ?? request.url;
      const clientId = String(error.details['clientId']);
      http
        .getResponse<{ setHeader(name: string, value: string): void }>()
        .setHeader('Location', path.split(clientId).join(survivorId));
    }
    super.catch(error, host);
  }

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
      case ClientsErrorCode.MergeNotAllowed:
      case ClientsErrorCode.AlreadyIdentified:
      case ClientsErrorCode.MergeReversed:
      case ClientsErrorCode.ResponsibilityGroupExists:
      case ClientsErrorCode.MeetingAlreadyHeld:
        return HttpStatus.CONFLICT;
      case ClientsErrorCode.ClientMerged:
        return HttpStatus.PERMANENT_REDIRECT;
      default:
        return assertNever(code);
    }
  }
}
