import {
  authorizeClientAccess,
  clientsInCare,
  type Actor,
  type AuditLog,
  type CareRelations,
} from '@lavterskel/kernel';

/**
 * Need-to-know on a list of clients: the ones the actor has a care relation to; with a
 * break-the-glass reason, all of them, each other one audited as `break-glass`.
 */
export async function visibleClients(
  request: { actor: Actor; clientIds: readonly string[]; breakGlassReason?: string },
  ports: { careRelations: CareRelations; audit: AuditLog },
): Promise<Set<string>> {
  const visible = await clientsInCare(ports.careRelations, request.actor, request.clientIds);
  const breakGlassReason = request.breakGlassReason?.trim() || undefined;
  if (breakGlassReason === undefined) return visible;
  for (const clientId of new Set(request.clientIds)) {
    if (visible.has(clientId)) continue;
    await authorizeClientAccess({ actor: request.actor, clientId, breakGlassReason }, ports);
    visible.add(clientId);
  }
  return visible;
}
