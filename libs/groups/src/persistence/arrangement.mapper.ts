import type { TenantId } from '@lavterskel/kernel';
import type { Arrangement, ArrangementStatus } from '../domain/arrangement';
import { ArrangementEntity } from './arrangement.entity';

export function toArrangement(row: ArrangementEntity): Arrangement {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    reference: row.reference,
    maxSize: row.maxSize,
    serviceIds: row.serviceIds,
    status: row.status as ArrangementStatus,
    appliedAt: row.appliedAt,
    appliedBy: row.appliedBy,
    restoredAt: row.restoredAt,
    restoredBy: row.restoredBy,
  };
}

export function fromArrangement(arrangement: Arrangement): ArrangementEntity {
  return Object.assign(new ArrangementEntity(), {
    ...arrangement,
    serviceIds: arrangement.serviceIds ? [...arrangement.serviceIds] : null,
  });
}
