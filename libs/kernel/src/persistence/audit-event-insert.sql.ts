import type { AuditEntry, InStatementAuditEntry } from '../domain/audit';
import { newId } from '../domain/uuid';

/** One audit_event row as the INSERTs below read it from JSON. */
export interface AuditRow {
  id: string;
  tenant_id: string;
  occurred_at: string;
  actor_subject: string;
  actor_roles: readonly string[];
  action: string;
  resource_type: string;
  resource_id: string | null;
  client_id: string | null;
  reason: string | null;
}

/** The rows of `entries`: one per client a list showed (each client's access list gets its own). */
export function auditRowsOf(entries: readonly AuditEntry[], occurredAt: Date): AuditRow[] {
  return entries.flatMap((entry) =>
    (entry.clientIds?.length ? entry.clientIds : [entry.clientId]).map((clientId) => ({
      id: newId(),
      tenant_id: entry.actor.tenantId,
      occurred_at: occurredAt.toISOString(),
      actor_subject: entry.actor.subject,
      actor_roles: entry.actor.roles,
      action: entry.action,
      resource_type: entry.resourceType,
      resource_id: entry.resourceId ?? null,
      client_id: clientId ?? null,
      reason: entry.reason ?? null,
    })),
  );
}

/**
 * An INSERT of rows given as one jsonb parameter (`rowsParam`, from `auditRowsOf`): the limit
 * is memory, not PostgreSQL's 65 535 parameters, and the text is the same for any number of rows.
 */
export function insertRowsSql(rowsParam: string, requestIdParam: string): string {
  return `INSERT INTO "kernel"."audit_event"
  (id, tenant_id, occurred_at, actor_subject, actor_roles, action, resource_type, resource_id, client_id, reason, request_id)
  SELECT r.id, r.tenant_id, r.occurred_at, r.actor_subject, r.actor_roles, r.action, r.resource_type, r.resource_id, r.client_id, r.reason, ${requestIdParam}::varchar
  FROM jsonb_to_recordset(${rowsParam}::jsonb) AS r(id uuid, tenant_id varchar, occurred_at timestamptz, actor_subject text,
    actor_roles text[], action varchar, resource_type varchar, resource_id text, client_id uuid, reason text)`;
}

/** An INSERT of one row of `entry` per row of `rowsSql`, a SELECT of (resource id, client id). */
export function insertForSql(
  entry: InStatementAuditEntry,
  rowsSql: string,
  values: { occurredAt: Date; requestId: string | null },
  param: (value: unknown) => string,
): string {
  const { actor } = entry;
  return `INSERT INTO "kernel"."audit_event"
      (id, tenant_id, occurred_at, actor_subject, actor_roles, action, resource_type, resource_id, client_id, reason, request_id)
      SELECT gen_random_uuid(), ${param(actor.tenantId)}::varchar, ${param(values.occurredAt)}::timestamptz,
        ${param(actor.subject)}::text, ${param(actor.roles)}::text[], ${param(entry.action)}::varchar,
        ${param(entry.resourceType)}::varchar, audited.resource_id, audited.client_id,
        ${param(entry.reason ?? null)}::text, ${param(values.requestId)}::varchar
      FROM (${rowsSql}) AS audited(resource_id, client_id)`;
}
