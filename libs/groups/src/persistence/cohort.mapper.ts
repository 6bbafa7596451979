import type { TenantId } from '@lavterskel/kernel';
import type { Cohort, CohortStatus } from '../domain/cohort';
import type { Weekday } from '../domain/schedule';
import { CohortEntity } from './cohort.entity';

export function toCohort(row: CohortEntity): Cohort {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    groupId: row.groupId,
    slot: { weekday: row.weekday as Weekday, startTime: row.startTime },
    maxSize: row.maxSize,
    status: row.status as CohortStatus,
    createdAt: row.createdAt,
  };
}

export function fromCohort(cohort: Cohort): CohortEntity {
  return Object.assign(new CohortEntity(), {
    id: cohort.id,
    tenantId: cohort.tenantId,
    groupId: cohort.groupId,
    weekday: cohort.slot.weekday,
    startTime: cohort.slot.startTime,
    maxSize: cohort.maxSize,
    status: cohort.status,
    createdAt: cohort.createdAt,
  });
}
