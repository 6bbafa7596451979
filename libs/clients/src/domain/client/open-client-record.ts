import {
  authorizeWithoutCareRelation,
  isUuid,
  notFound,
  type Actor,
  type AuditLog,
  type CareRelations,
} from '@lavterskel/kernel';
import { clientMerged } from '../merge/merge-errors';
import type { Client } from './client';
import type { ClientInCare, ClientRecordAccess, ClientRepository } from './client.repository';

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
 * open the old record. With `access`, the opening is audited (the client as resource): in the
 * same statement as the read when the repository can (`findInCare`), else once it is allowed.
 */
export async function openClientRecord(
  request: ClientRecordRequest,
  ports: { clients: ClientRepository; careRelations: CareRelations; audit: AuditLog },
  access?: ClientRecordAccess,
): Promise<Client> {
  const found = isUuid(request.clientId) ? await findForCaller(request, ports, access) : null;
  if (!found) throw notFound('client');
  const { client } = found;
  if (!found.inCare)
    await authorizeWithoutCareRelation({ ...request, clientId: client.id }, ports.audit);
  if (client.mergedInto !== undefined) throw clientMerged(client.id, client.mergedInto);
  if (access && !found.audited) {
    await ports.audit.record({
      actor: request.actor,
      ...access,
      resourceId: client.id,
      clientId: client.id,
    });
  }
  return client;
}

/**
 * The client in the caller's municipality with whether the caller has a care relation to them:
 * one read where the register can (`findInCare`, auditing `access` with it), else the record and
 * then the care relations. Null for no such client.
 */
export async function findForCaller(
  request: ClientRecordRequest,
  ports: { clients: ClientRepository; careRelations: CareRelations },
  access: ClientRecordAccess | undefined,
): Promise<ClientInCare | null> {
  const { actor, clientId } = request;
  if (ports.clients.findInCare) return ports.clients.findInCare(actor, clientId, access);
  const client = await ports.clients.find(actor.tenantId, clientId);
  if (!client) return null;
  const inCare = await ports.careRelations.hasCareRelation(actor, client.id);
  return { client, inCare, audited: false };
}
