import type { TenantId } from '@lavterskel/kernel';
import type { Session } from '../domain/session';
import type { SessionEntity } from './session.entity';

export function toSession(row: SessionEntity): Session {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    groupId: row.groupId,
    cohortId: row.cohortId,
    date: row.date,
    startTime: row.startTime,
    durationMinutes: row.durationMinutes,
    createdAt: row.createdAt,
  };
}
