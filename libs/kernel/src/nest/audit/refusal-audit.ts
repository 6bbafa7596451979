import { Inject, Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { Actor } from '../../domain/actor';
import type { AuditEntry, AuditLog } from '../../domain/audit';
import { AUDIT_LOG } from '../kernel.tokens';

/** What the problem+json writer knows about a refused request. */
export interface Refusal {
  status: number;
  code: string;
}

/** Set on the request by `RefusalAuditMiddleware`; awaited by `sendProblem` before it answers. */
export const RECORD_REFUSAL = 'lavterskelRecordRefusal';

export interface RefusableRequest {
  actor?: Actor;
  method?: string;
  path?: string;
  params?: Record<string, string | undefined>;
  route?: { path?: string };
  [RECORD_REFUSAL]?: (refusal: Refusal) => Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A refusal worth auditing: an authenticated caller told 403 (policy) or 404 (missing or out of reach). */
export function isAuditedRefusal(status: number): boolean {
  return status === 403 || status === 404;
}

/**
 * The `denied` audit entry for a refused request. The client is the one the path names
 * (`:clientId`, or `:id` under `/v1/clients`), so the attempt shows in that client's access log;
 * the path is kept without its query string, which may carry names or national ids.
 */
export function refusalAuditEntry(request: RefusableRequest, refusal: Refusal): AuditEntry | null {
  const actor = request.actor;
  if (!actor || !isAuditedRefusal(refusal.status)) return null;
  const params = request.params ?? {};
  const named =
    params['clientId'] ??
    (request.route?.path?.startsWith('/v1/clients/:id') ? params['id'] : undefined);
  const clientId = named !== undefined && UUID.test(named) ? named : undefined;
  return {
    actor,
    action: 'denied',
    resourceType: clientId ? 'client' : 'record',
    resourceId: `${request.method ?? 'GET'} ${request.path ?? ''}`.slice(0, 500),
    clientId,
    reason: `${refusal.status} ${refusal.code}`,
  };
}

/**
 * Lets every problem+json answer of 403 or 404 to an authenticated caller write a `denied` audit
 * row first, kept even though the request's transaction rolls back (like break-glass rows).
 */
@Injectable()
export class RefusalAuditMiddleware implements NestMiddleware {
  private readonly logger = new Logger('RefusalAudit');

  constructor(@Inject(AUDIT_LOG) private readonly audit: AuditLog) {}

  use(request: RefusableRequest, _response: unknown, next: () => void): void {
    request[RECORD_REFUSAL] = async (refusal) => {
      const entry = refusalAuditEntry(request, refusal);
      if (!entry) return;
      try {
        await this.audit.record(entry);
      } catch (error) {
        // The refusal is answered regardless; a lost audit row is an operational alarm.
        this.logger.error(`could not audit a refused request: ${(error as Error).message}`);
      }
    };
    next();
  }
}
