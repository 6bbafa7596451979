import {
  DURABLE_AUDIT_ACTIONS,
  type AuditEntry,
  type AuditLog,
  type AuditLogInStatement,
  type InStatementAuditEntry,
} from '../domain/audit';
import type { Clock } from '../domain/clock';
import { newId } from '../domain/uuid';
import type { EntityManagerAccessor } from './entity-manager-accessor';

export interface TypeOrmAuditLogOptions {
  /** The caller's transaction (or the plain manager outside one). */
  manager: EntityManagerAccessor;
  /**
   * A manager outside any transaction, for entries that must outlive a rollback
   * (break-glass, denied). Without it they are written like every other entry.
   */
  durableManager?: EntityManagerAccessor;
  clock: Clock;
  /** Correlates audit rows with request logs; returns undefined outside a request. */
  requestId?: () => string | undefined;
}

/**
 * Rows per INSERT. The rows go as one jsonb parameter, so the limit is memory, not PostgreSQL's
 * 65 535 parameters; TypeORM's multi-row insert spent seconds building 50 000 rows' SQL.
 */
const ROWS_PER_INSERT = 10_000;

const INSERT_SQL = `INSERT INTO "kernel"."audit_event"
  (id, tenant_id, occurred_at, actor_subject, actor_roles, action, resource_type, resource_id, client_id, reason, request_id)
  SELECT r.id, r.tenant_id, $2::timestamptz, r.actor_subject, r.actor_roles, r.action, r.resource_type, r.resource_id, r.client_id, r.reason, $3::varchar
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, tenant_id varchar, actor_subject text, actor_roles text[],
    action varchar, resource_type varchar, resource_id text, client_id uuid, reason text)`;

/**
 * Writes audit rows in the caller's transaction, so a rolled-back write leaves no row
 * claiming it happened; a break-the-glass access is kept regardless.
 */
export class TypeOrmAuditLog implements AuditLog {
  constructor(private readonly options: TypeOrmAuditLogOptions) {}

  record(entry: AuditEntry): Promise<void> {
    return this.recordAll([entry]);
  }

  readonly inStatement: AuditLogInStatement = {
    insertFor: (entry, rowsSql, param) => this.insertFor(entry, rowsSql, param),
  };

  async recordAll(entries: readonly AuditEntry[]): Promise<void> {
    const durable = this.options.durableManager;
    const isDurable = (entry: AuditEntry) => DURABLE_AUDIT_ACTIONS.includes(entry.action);
    const kept = durable ? entries.filter(isDurable) : [];
    const rest = durable ? entries.filter((entry) => !isDurable(entry)) : entries;
    await this.insert(durable ?? this.options.manager, kept);
    await this.insert(this.options.manager, rest);
  }

  private insertFor(
    entry: InStatementAuditEntry,
    rowsSql: string,
    param: (value: unknown) => string,
  ): string {
    if (this.options.durableManager && DURABLE_AUDIT_ACTIONS.includes(entry.action))
      throw new Error(`a ${entry.action} audit entry must outlive the statement: record it`);
    const { actor } = entry;
    return `INSERT INTO "kernel"."audit_event"
      (id, tenant_id, occurred_at, actor_subject, actor_roles, action, resource_type, resource_id, client_id, reason, request_id)
      SELECT gen_random_uuid(), ${param(actor.tenantId)}::varchar, ${param(this.options.clock.now())}::timestamptz,
        ${param(actor.subject)}::text, ${param(actor.roles)}::text[], ${param(entry.action)}::varchar,
        ${param(entry.resourceType)}::varchar, audited.resource_id, audited.client_id,
        ${param(entry.reason ?? null)}::text, ${param(this.options.requestId?.() ?? null)}::varchar
      FROM (${rowsSql}) AS audited(resource_id, client_id)`;
  }

  private async insert(
    manager: EntityManagerAccessor,
    entries: readonly AuditEntry[],
  ): Promise<void> {
    const occurredAt = this.options.clock.now();
    const requestId = this.options.requestId?.() ?? null;
    const rows = entries.flatMap((entry) =>
      (entry.clientIds?.length ? entry.clientIds : [entry.clientId]).map((clientId) => ({
        id: newId(),
        tenant_id: entry.actor.tenantId,
        actor_subject: entry.actor.subject,
        actor_roles: entry.actor.roles,
        action: entry.action,
        resource_type: entry.resourceType,
        resource_id: entry.resourceId ?? null,
        client_id: clientId ?? null,
        reason: entry.reason ?? null,
      })),
    );
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await manager().query(INSERT_SQL, [
        JSON.stringify(rows.slice(start, start + ROWS_PER_INSERT)),
        occurredAt,
        requestId,
      ]);
    }
  }
}
