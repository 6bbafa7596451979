import type { TenantId } from '@lavterskel/kernel';
import type { Attendance, AttendanceStatus } from '../domain/attendance';
import { AttendanceEntity } from './attendance.entity';

export function toAttendance(row: AttendanceEntity): Attendance {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    sessionId: row.sessionId,
    groupId: row.groupId,
    clientId: row.clientId,
    status: row.status as AttendanceStatus,
    recordedAt: row.recordedAt,
    recordedBy: row.recordedBy,
    version: row.version,
  };
}

export function fromAttendance(attendance: Attendance): AttendanceEntity {
  return Object.assign(new AttendanceEntity(), { ...attendance });
}
