import {
  authorizeBreakGlass,
  authorizeClientAccess,
  notFound,
  type Actor,
  type AuditLog,
  type CareRelations,
  type ClientAccessBasis,
} from '@lavterskel/kernel';
import type { ClientDirectory } from './client-directory';

export interface AccessPorts {
  careRelations: CareRelations;
  audit: AuditLog;
}

/**
 * Need-to-know on one client's record reached through `resource` (a prescription, a
 * mission …): a care relation or an audited break-the-glass reason opens it; otherwise the
 * record answers exactly as a missing one would.
 */
export function authorizeClientRecord(
  request: { actor: Actor; clientId: string; breakGlassReason?: string; resource: string },
  ports: AccessPorts,
): Promise<ClientAccessBasis> {
  return authorizeClientAccess(request, ports);
}

/**
 * A client id that a request names and the use case stores must be a client of the
 * municipality's registry; an unknown one answers `notFound('client')`, exactly like a client
 * out of reach, before anything is written.
 */
export async function assertRegisteredClient(
  request: { actor: Actor; clientId: string },
  ports: { clientDirectory: ClientDirectory },
): Promise<void> {
  const known = await ports.clientDirectory.exists({
    actor: request.actor,
    clientId: request.clientId,
  });
  if (!known) throw notFound('client');
}

/** The actor works in the team that runs the service (token `teams` claim). */
export function servesInTeam(actor: Actor, teamId: string): boolean {
  return actor.teamIds.includes(teamId);
}

/**
 * Need-to-know on a service's list of clients: the team that runs the service sees it; anyone
 * else only with a written break-the-glass reason, audited; otherwise it answers as missing.
 */
export async function authorizeServiceRoster(
  request: { actor: Actor; service: { id: string; teamId: string }; breakGlassReason?: string },
  ports: { audit: AuditLog },
): Promise<void> {
  if (servesInTeam(request.actor, request.service.teamId)) return;
  await authorizeBreakGlass(
    {
      actor: request.actor,
      reason: request.breakGlassReason,
      resourceType: 'service',
      resourceId: request.service.id,
      notFoundAs: 'service',
    },
    ports.audit,
  );
}
