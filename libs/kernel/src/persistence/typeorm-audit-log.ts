import { DURABLE_AUDIT_ACTIONS, type AuditEntry, type AuditLog } from '../domain/audit';
import type { Clock } from '../domain/clock';
import { newId } from '../domain/uuid';
import { AuditEventEntity } from './audit-event.entity';
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

/** Rows per INSERT: well under PostgreSQL's 65 535 parameters at 11 columns a row. */
const ROWS_PER_INSERT = 1000;

/**
 * Writes audit rows in the caller's transaction, so a rolled-back write leaves no row
 * claiming it happened; a break-the-glass access is kept regardless.
 */
export class TypeOrmAuditLog implements AuditLog {
  constructor(private readonly options: TypeOrmAuditLogOptions) {}

  record(entry: AuditEntry): Promise<void> {
    return this.recordAll([entry]);
  }

  async recordAll(entries: readonly AuditEntry[]): Promise<void> {
    const durable = this.options.durableManager;
    const isDurable = (entry: AuditEntry) => DURABLE_AUDIT_ACTIONS.includes(entry.action);
    const kept = durable ? entries.filter(isDurable) : [];
    const rest = durable ? entries.filter((entry) => !isDurable(entry)) : entries;
    await this.insert(durable ?? this.options.manager, kept);
    await this.insert(this.options.manager, rest);
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
        tenantId: entry.actor.tenantId,
        occurredAt,
        actorSubject: entry.actor.subject,
        actorRoles: [...entry.actor.roles],
        action: entry.action,
        resourceType: entry.resourceType,
        resourceId: entry.resourceId ?? null,
        clientId: clientId ?? null,
        reason: entry.reason ?? null,
        requestId,
      })),
    );
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await manager().insert(AuditEventEntity, rows.slice(start, start + ROWS_PER_INSERT));
    }
  }
}
