import type { AuditEntry, AuditLog } from '../domain/audit';
import type { Clock } from '../domain/clock';
import { newId } from '../domain/uuid';
import { AuditEventEntity } from './audit-event.entity';
import type { EntityManagerAccessor } from './entity-manager-accessor';

export interface TypeOrmAuditLogOptions {
  /** The caller's transaction (or the plain manager outside one). */
  manager: EntityManagerAccessor;
  /**
   * A manager outside any transaction, for entries that must outlive a rollback
   * (break-glass). Without it they are written like every other entry.
   */
  durableManager?: EntityManagerAccessor;
  clock: Clock;
  /** Correlates audit rows with request logs; returns undefined outside a request. */
  requestId?: () => string | undefined;
}

/**
 * Writes audit rows in the caller's transaction, so a rolled-back write leaves no row
 * claiming it happened; a break-the-glass access is kept regardless.
 */
export class TypeOrmAuditLog implements AuditLog {
  constructor(private readonly options: TypeOrmAuditLogOptions) {}

  async record(entry: AuditEntry): Promise<void> {
    const manager =
      entry.action === 'break-glass' && this.options.durableManager ? this.options.durableManager : this.options.manager;
    const clientIds = entry.clientIds?.length ? entry.clientIds : [entry.clientId];
    const base = {
      tenantId: entry.actor.tenantId,
      occurredAt: this.options.clock.now(),
      actorSubject: entry.actor.subject,
      actorRoles: [...entry.actor.roles],
      action: entry.action,
      resourceType: entry.resourceType,
      resourceId: entry.resourceId ?? null,
      reason: entry.reason ?? null,
      requestId: this.options.requestId?.() ?? null,
    };
    await manager().insert(
      AuditEventEntity,
      clientIds.map((clientId) => ({ ...base, id: newId(), clientId: clientId ?? null })),
    );
  }
}
