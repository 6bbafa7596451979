import type { Actor } from './actor';

/**
 * What was done. `break-glass`: a record opened without a care relation on a written reason.
 * `denied`: a refused attempt (403 by policy, 404 missing or outside the caller's reach).
 * Both are kept even when the request fails afterwards.
 */
export type AuditAction =
  | 'read'
  | 'search'
  | 'create'
  | 'update'
  | 'delete'
  | 'export'
  | 'disclose'
  | 'break-glass'
  | 'denied';

/** Actions written outside the caller's transaction, so that a failed request cannot erase them. */
export const DURABLE_AUDIT_ACTIONS: readonly AuditAction[] = ['break-glass', 'denied'];

/**
 * One access to personal data. No personal data goes in here beyond ids:
 * the audit trail must itself be safe to show to the client it concerns.
 */
export interface AuditEntry {
  actor: Actor;
  action: AuditAction;
  /** e.g. `client`, `consent`, `dispensing` */
  resourceType: string;
  resourceId?: string;
  /** The client whose data was touched; drives the client's access list (innsyn). */
  clientId?: string;
  /**
   * For a list or search: every client it showed. Each gets its own row, so the access
   * appears in each client's access list.
   */
  clientIds?: readonly string[];
  /** Why: the purpose, or the justification for a break-the-glass access. */
  reason?: string;
}

export interface RecordedAuditEntry extends Omit<AuditEntry, 'actor'> {
  id: string;
  tenantId: string;
  actorSubject: string;
  actorRoles: readonly string[];
  occurredAt: Date;
  requestId?: string;
}

/**
 * Port: append-only audit trail. Implementations write in the caller's transaction, except
 * `break-glass` entries, which are kept even when the request they opened fails afterwards.
 */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  /**
   * Optional: many entries in one write, for operations that touch many clients at once (a
   * re-cohorting, a batch of hand-outs). Without it `recordAll` writes them one by one.
   */
  recordAll?(entries: readonly AuditEntry[]): Promise<void>;
  /**
   * Optional: rows written inside another statement, so that a read and its audit row take one
   * round trip (and need no transaction around them: one statement is atomic).
   */
  readonly inStatement?: AuditLogInStatement;
}

/** What an in-statement audit row says; the rows' resource and client ids come from the statement. */
export type InStatementAuditEntry = Omit<AuditEntry, 'resourceId' | 'clientId' | 'clientIds'>;

/** An audit log as SQL, for entries written in the caller's transaction (never the durable ones). */
export interface AuditLogInStatement {
  /**
   * An INSERT, to be used as a data-modifying CTE (`WITH audited AS (…)`), of one row of `entry`
   * per row of `rowsSql`: a SELECT of (resource id as text, client id as uuid). `param` adds a
   * value to the statement and returns its placeholder; the text is the same for every entry,
   * so the statement can be prepared once.
   */
  insertFor(
    entry: InStatementAuditEntry,
    rowsSql: string,
    param: (value: unknown) => string,
  ): string;
}

/** Records `entries` in as few writes as the audit log allows. */
export async function recordAll(audit: AuditLog, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  if (audit.recordAll) return audit.recordAll(entries);
  for (const entry of entries) await audit.record(entry);
}
