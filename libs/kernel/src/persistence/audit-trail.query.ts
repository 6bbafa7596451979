import type { RecordedAuditEntry, AuditAction } from '../domain/audit';
import type { Page, PageRequest } from '../domain/pagination';
import type { TenantId } from '../domain/tenant-id';
import { AuditEventEntity } from './audit-event.entity';
import type { EntityManagerAccessor } from './entity-manager-accessor';
import { keysetPage } from './keyset-page';

export interface AuditTrailFilter extends PageRequest {
  tenantId: TenantId;
  clientId?: string;
  actorSubject?: string;
}

/** Reads the audit trail of one tenant, newest first (a client's access list, a privacy officer's review). */
export class AuditTrailQuery {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async list(filter: AuditTrailFilter): Promise<Page<RecordedAuditEntry>> {
    const query = this.manager()
      .createQueryBuilder(AuditEventEntity, 'e')
      .where('e.tenant_id = :tenantId', { tenantId: filter.tenantId });
    if (filter.clientId) query.andWhere('e.client_id = :clientId', { clientId: filter.clientId });
    if (filter.actorSubject) {
      query.andWhere('e.actor_subject = :actorSubject', { actorSubject: filter.actorSubject });
    }
    const page = await keysetPage(
      query,
      {
        columns: ['e.occurred_at', 'e.id'],
        key: (row) => [row.occurredAt.toISOString(), row.id],
        direction: 'DESC',
      },
      filter,
    );
    return { items: page.items.map(toRecordedEntry), nextCursor: page.nextCursor };
  }
}

function toRecordedEntry(row: AuditEventEntity): RecordedAuditEntry {
  return {
    id: row.id,
    tenantId: row.tenantId,
    occurredAt: row.occurredAt,
    actorSubject: row.actorSubject,
    actorRoles: row.actorRoles,
    action: row.action as AuditAction,
    resourceType: row.resourceType,
    resourceId: row.resourceId ?? undefined,
    clientId: row.clientId ?? undefined,
    reason: row.reason ?? undefined,
    requestId: row.requestId ?? undefined,
  };
}
