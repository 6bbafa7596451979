import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';

/**
 * Runs a named prepared statement: the minimal SQL is the cheapest way PostgreSQL offers to do
 * the work, so each statement is parsed and planned once per connection.
 */
export async function run<R extends object = Record<string, unknown>>(
  client: PoolClient,
  name: string,
  text: string,
  values: unknown[],
): Promise<R[]> {
  return (await client.query<R>({ name, text, values })).rows;
}

/** BEGIN, `work`, COMMIT: the unit's transaction (a failure is rolled back by the load runner). */
export async function transaction(client: PoolClient, work: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  await work();
  await client.query('COMMIT');
}

export interface Caller {
  tenant: string;
  subject: string;
  roles: string[];
  teamIds: string[];
}

/** Need-to-know as a condition: $1 tenant, $2 client id, $3 subject, $4 team ids (uuid[]), $5 today. */
export const CARE_RELATION = `EXISTS (SELECT 1 FROM clients.client c
                     WHERE c.tenant_id = $1 AND c.id = $2 AND (c.primary_contact = $3 OR c.backup_contact = $3))
         OR EXISTS (SELECT 1 FROM services.enrolment e
                      JOIN services.service s ON s.tenant_id = e.tenant_id AND s.id = e.service_id
                     WHERE e.tenant_id = $1 AND e.client_id = $2 AND s.team_id = ANY($4::uuid[])
                       AND e.started_on <= $5 AND (e.ended_on IS NULL OR e.ended_on >= $5))`;

/** Need-to-know in one statement: primary or back-up contact, or enrolled today in a service of one's team. */
export async function assertCareRelation(
  client: PoolClient,
  caller: Caller,
  clientId: string,
  today: string,
): Promise<void> {
  const [row] = await run<{ allowed: boolean }>(
    client,
    'care-relation',
    `SELECT ${CARE_RELATION} AS allowed`,
    [caller.tenant, clientId, caller.subject, caller.teamIds, today],
  );
  if (!row?.allowed) throw new Error(`no care relation to ${clientId}`);
}

/**
 * The audit rows of a statement as a data-modifying CTE: one per row of `rowsSql`, a SELECT of
 * (resource id, client id); $1 is the tenant and `$n`… the caller's subject, roles, the action,
 * the resource type and a request id (`auditValues`).
 */
export function auditFrom(rowsSql: string, n: number): string {
  const p = (offset: number) => `$${n + offset}`;
  return `INSERT INTO kernel.audit_event (id, tenant_id, occurred_at, actor_subject, actor_roles, action,
            resource_type, resource_id, client_id, reason, request_id)
     SELECT gen_random_uuid(), $1, now(), ${p(0)}, ${p(1)}, ${p(2)}, ${p(3)}, a.resource_id, a.client_id, NULL, ${p(4)}
       FROM (${rowsSql}) AS a(resource_id, client_id)`;
}

/** The values of `auditFrom`, in its order. */
export function auditValues(caller: Caller, action: string, resourceType: string): unknown[] {
  return [caller.subject, caller.roles, action, resourceType, randomUUID()];
}

export interface AuditEntry {
  action: string;
  resourceType: string;
  resourceId: string | null;
  clientIds: readonly (string | null)[];
  reason?: string | null;
}

/**
 * The idempotency claim of a creating POST, with the answer it replays, and the request's audit
 * rows as a data-modifying CTE of the same statement (the API writes them with its completing
 * UPDATE the same way).
 */
export async function claimIdempotencyKey(
  client: PoolClient,
  caller: Caller,
  key: string,
  answer: { status: number; body: unknown },
  entry: AuditEntry,
): Promise<void> {
  await run(
    client,
    'idempotency-audited',
    `WITH audited AS (
       INSERT INTO kernel.audit_event (id, tenant_id, occurred_at, actor_subject, actor_roles, action,
              resource_type, resource_id, client_id, reason, request_id)
       SELECT gen_random_uuid(), $1, now(), $2, $6, $7, $8, $9, client_id, $10, $11
         FROM unnest($12::uuid[]) AS client_id)
     INSERT INTO kernel.idempotency_record (tenant_id, actor_subject, idempotency_key,
            request_fingerprint, response_status, response_body, response_headers, created_at, expires_at)
     VALUES ($1, $2, $3::text, encode(sha256(convert_to($3::text, 'UTF8')), 'hex'), $4, $5, '{}', now(), now() + interval '1 day')`,
    [
      caller.tenant,
      caller.subject,
      key,
      answer.status,
      JSON.stringify(answer.body),
      caller.roles,
      entry.action,
      entry.resourceType,
      entry.resourceId,
      entry.reason ?? null,
      randomUUID(),
      entry.clientIds.length > 0 ? entry.clientIds : [null],
    ],
  );
}

export const callerOf = (
  tenant: string,
  staff: { subject: string; roles: string[]; teamIds: string[] },
): Caller => ({
  tenant,
  subject: staff.subject,
  roles: staff.roles,
  teamIds: staff.teamIds,
});
