import {
  authorizeClientAccess,
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
  const visible = new Set<string>();
  const breakGlassReason = request.breakGlassReason?.trim() || undefined;
  for (const clientId of new Set(request.clientIds)) {
    if (await ports.careRelations.hasCareRelation(request.actor, clientId)) visible.add(clientId);
    else if (breakGlassReason !== undefined) {
      await authorizeClientAccess({ actor: request.actor, clientId, breakGlassReason }, ports);
      visible.add(clientId);
    }
  }
  return visible;
}
