import {
  authorizeClientAccess,
  isUuid,
  notFound,
  type Actor,
  type AuditLog,
  type CareRelations,
} from '@lavterskel/kernel';
import { clientMerged } from '../merge/merge-errors';
import type { Client } from './client';
import type { ClientRepository } from './client.repository';

/** Who asks for which client's record, with a break-the-glass reason when they have no care relation. */
export interface ClientRecordRequest {
  actor: Actor;
  clientId: string;
  breakGlassReason?: string;
}

/**
 * The one door to a client's record: the client must exist in the caller's
 * municipality, and the caller must have a care relation or a written break-the-glass reason.
 * Anything else is `notFound('client')`, the same answer as for a missing client. A client
 * merged into another answers `clients.client-merged` naming the survivor, to a caller who may
 * open the old record.
 */
export async function openClientRecord(
  request: ClientRecordRequest,
  ports: { clients: ClientRepository; careRelations: CareRelations; audit: AuditLog },
): Promise<Client> {
  const client = isUuid(request.clientId)
    ? await ports.clients.find(request.actor.tenantId, request.clientId)
    : null;
  if (!client) throw notFound('client');
  await authorizeClientAccess({ ...request, clientId: client.id }, ports);
  if (client.mergedInto !== undefined) throw clientMerged(client.id, client.mergedInto);
  return client;
}
