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
  /**
   * The record asked for (`prescription`, `consent` …), named in the not-found answer so that
   * a record out of reach reads exactly like a missing one. Default: `client`.
   */
  resource?: string;
}

export type ClientAccessBasis = 'care-relation' | 'break-glass';

/**
 * Need-to-know: a care relation opens the client's record; without one, only a written
 * reason does, and that access is audited as `break-glass` for review. Anything else is
 * answered as if the record did not exist.
 */
export async function authorizeClientAccess(
  request: ClientAccessRequest,
  ports: { careRelations: CareRelations; audit: AuditLog },
): Promise<ClientAccessBasis> {
  if (await ports.careRelations.hasCareRelation(request.actor, request.clientId))
    return 'care-relation';
  await authorizeWithoutCareRelation(request, ports.audit);
  return 'break-glass';
}

/**
 * The rest of `authorizeClientAccess` once a care relation is known to be missing (a repository
 * that checked it in its own statement): the written reason, audited as `break-glass`, or not found.
 */
export async function authorizeWithoutCareRelation(
  request: ClientAccessRequest,
  audit: AuditLog,
): Promise<void> {
  await authorizeBreakGlass(
    {
      actor: request.actor,
      reason: request.breakGlassReason,
      resourceType: 'client',
      resourceId: request.clientId,
      clientId: request.clientId,
      notFoundAs: request.resource ?? 'client',
    },
    audit,
  );
}

export interface BreakGlassRequest {
  actor: Actor;
  /** The caller's written reason, if any. */
  reason: string | undefined;
  /** What is opened: audited as the break-glass entry's resource. */
  resourceType: string;
  resourceId?: string;
  clientId?: string;
  /** Without a reason, the record answers `notFound(notFoundAs)`. */
  notFoundAs: string;
}

/**
 * Opens a record outside the actor's ordinary reach on a written reason, audited as
 * `break-glass`; without a reason it answers as missing. For needs other than one client's
 * record (e.g. a service's client list outside the team that runs it).
 */
export async function authorizeBreakGlass(
  request: BreakGlassRequest,
  audit: AuditLog,
): Promise<void> {
  const reason = request.reason?.trim();
  if (reason === undefined || reason === '') throw notFound(request.notFoundAs);
  if (reason.length < MIN_BREAK_GLASS_REASON) {
    throw new KernelError(
      KernelErrorCode.BreakGlassReasonTooShort,
      'A break-the-glass access needs a written reason.',
      [
        {
          field: 'X-Break-Glass-Reason',
          rule: 'min-length',
          message: `must explain the need in at least ${MIN_BREAK_GLASS_REASON} characters`,
        },
      ],
    );
  }
  await audit.record({
    actor: request.actor,
    action: 'break-glass',
    resourceType: request.resourceType,
    resourceId: request.resourceId,
    clientId: request.clientId,
    reason,
  });
}
