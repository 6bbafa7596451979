import type { Actor } from './actor';
import type { AuditLog } from './audit';
import type { CareRelations } from './care-relations';
import { KernelError, KernelErrorCode, notFound } from './kernel-error';

export const MIN_BREAK_GLASS_REASON = 10;

export interface ClientAccessRequest {
  actor: Actor;
  clientId: string;
  /** A written reason to open a record without a care relation ("break the glass"). */
  breakGlassReason?: string;
}

export type ClientAccessBasis = 'care-relation' | 'break-glass';

/**
 * Need-to-know: a care relation opens the client's record; without one, only a written
 * reason does, and that access is audited as `break-glass` for review. Anything else is
 * answered as if the client did not exist.
 */
export async function authorizeClientAccess(
  request: ClientAccessRequest,
  ports: { careRelations: CareRelations; audit: AuditLog },
): Promise<ClientAccessBasis> {
  if (await ports.careRelations.hasCareRelation(request.actor, request.clientId)) return 'care-relation';
  const reason = request.breakGlassReason?.trim();
  if (reason === undefined || reason === '') throw notFound('client');
  if (reason.length < MIN_BREAK_GLASS_REASON) {
    throw new KernelError(KernelErrorCode.BreakGlassReasonTooShort, 'A break-the-glass access needs a written reason.', [
      {
        field: 'X-Break-Glass-Reason',
        rule: 'min-length',
        message: `must explain the need in at least ${MIN_BREAK_GLASS_REASON} characters`,
      },
    ]);
  }
  await ports.audit.record({
    actor: request.actor,
    action: 'break-glass',
    resourceType: 'client',
    resourceId: request.clientId,
    clientId: request.clientId,
    reason,
  });
  return 'break-glass';
}
