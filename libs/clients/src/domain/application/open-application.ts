import { isUuid, notFound, type Actor } from '@lavterskel/kernel';
import { ClientsError, ClientsErrorCode } from '../clients-error';
import { isOpen, type Application } from './application';
import type { ApplicationRepository } from './application.repository';

/** The application in the caller's municipality, locked for the change; `notFound` otherwise. */
export async function applicationForChange(
  request: { actor: Actor; applicationId: string },
  applications: ApplicationRepository,
): Promise<Application> {
  const application = isUuid(request.applicationId)
    ? await applications.findForUpdate(request.actor.tenantId, request.applicationId)
    : null;
  if (!application) throw notFound('application');
  if (!isOpen(application)) {
    throw new ClientsError(
      ClientsErrorCode.ApplicationNotOpen,
      `The application is ${application.status}; only a received or triaged application can change.`,
      [],
      { status: application.status },
    );
  }
  return application;
}
