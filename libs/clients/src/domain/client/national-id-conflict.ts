import type { Actor, CareRelations } from '@lavterskel/kernel';
import { ClientsError, ClientsErrorCode } from '../clients-error';
import type { ClientRepository } from './client.repository';

/**
 * Two clients with the same national id in one municipality: 409. The existing client's id is
 * named only to a caller with a care relation to that client; others learn only that it exists.
 */
export function nationalIdTaken(existingClientId?: string): ClientsError {
  return new ClientsError(
    ClientsErrorCode.NationalIdTaken,
    'Another client in this municipality has this national id.',
    [{ field: 'nationalId', rule: 'unique', message: 'is already registered for another client' }],
    existingClientId ? { existingClientId } : {},
  );
}

/** Throws `clients.national-id-taken` when a client other than `clientId` has `nationalId`. */
export async function assertNationalIdFree(
  request: { actor: Actor; nationalId: string; clientId?: string },
  ports: { clients: ClientRepository; careRelations: CareRelations },
): Promise<void> {
  const existing = await ports.clients.findIdByNationalId(
    request.actor.tenantId,
    request.nationalId,
  );
  if (existing === null || existing === request.clientId) return;
  const visible = await ports.careRelations.hasCareRelation(request.actor, existing);
  throw nationalIdTaken(visible ? existing : undefined);
}
