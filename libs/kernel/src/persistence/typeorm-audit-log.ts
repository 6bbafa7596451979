import type { AuditEntry, AuditLog } from '../domain/audit';
import type { Clock } from '../domain/clock';
import { newId } from '../domain/uuid';
import { AuditEventEntity } from './audit-event.entity';
import type { EntityManagerAccessor } from './entity-manager-accessor';

export interface TypeOrmAuditLogOptions {
  manager: EntityManagerAccessor;
  clock: Clock;
  /** Correlates audit rows with request logs; returns undefined outside a request. */
  requestId?: () => string | undefined;
}

/** Writes audit rows in the caller's transaction: a rolled-back write leaves no audit row claiming it. */
export class TypeOrmAuditLog implements AuditLog {
  constructor(private readonly options: TypeOrmAuditLogOptions) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.options.manager().insert(AuditEventEntity, {
      id: newId(),
      tenantId: entry.actor.tenantId,
      occurredAt: this.options.clock.now(),
      actorSubject: entry.actor.subject,
      actorRoles: [...entry.actor.roles],
      action: entry.action,
      resourceType: entry.resourceType,
      resourceId: entry.resourceId ?? null,
      clientId: entry.clientId ?? null,
      reason: entry.reason ?? null,
      requestId: this.options.requestId?.() ?? null,
    });
  }
}
