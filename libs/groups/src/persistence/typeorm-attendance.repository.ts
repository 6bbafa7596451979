import { staleVersion, type TenantId } from '@lavterskel/kernel';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { Attendance } from '../domain/attendance';
import type { AttendanceRepository } from '../domain/attendance.repository';
import type { ExposureRow } from '../domain/exposure';
import { AttendanceEntity } from './attendance.entity';
import { fromAttendance, toAttendance } from './attendance.mapper';
import { isUniqueViolation } from './unique-violation';

export class TypeOrmAttendanceRepository implements AttendanceRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async find(tenantId: TenantId, sessionId: string, clientId: string): Promise<Attendance | null> {
    const row = await this.manager().findOneBy(AttendanceEntity, { tenantId, sessionId, clientId });
    return row ? toAttendance(row) : null;
  }

  async insert(attendance: Attendance): Promise<void> {
    try {
      await this.manager().insert(AttendanceEntity, fromAttendance(attendance));
    } catch (error) {
      // Someone recorded it meanwhile: the caller must read that record and send its ETag.
      if (isUniqueViolation(error, 'attendance_tenant_session_client_uq')) throw staleVersion();
      throw error;
    }
  }

  async update(attendance: Attendance): Promise<void> {
    const result = await this.manager()
      .createQueryBuilder()
      .update(AttendanceEntity)
      .set({
        status: attendance.status,
        recordedAt: attendance.recordedAt,
        recordedBy: attendance.recordedBy,
        version: attendance.version,
      })
      .where('id = :id AND tenant_id = :tenantId AND version = :previous', {
        id: attendance.id,
        tenantId: attendance.tenantId,
        previous: attendance.version - 1,
      })
      .execute();
    if (result.affected !== 1) throw staleVersion();
  }

  sharedSessions(request: {
    tenantId: TenantId;
    clientId: string;
    from: string;
    to: string;
  }): Promise<ExposureRow[]> {
    return this.manager().query(
      `SELECT other.client_id AS "contactClientId", s.id AS "sessionId", s.group_id AS "groupId", s.cohort_id AS "cohortId",
              s.session_date::text AS "date", s.start_time AS "startTime"
       FROM "groups"."attendance" mine
       JOIN "groups"."session" s ON s.id = mine.session_id AND s.tenant_id = mine.tenant_id
       JOIN "groups"."attendance" other
         ON other.tenant_id = mine.tenant_id AND other.session_id = mine.session_id
        AND other.status = 'present' AND other.client_id <> mine.client_id
       WHERE mine.tenant_id = $1 AND mine.client_id = $2 AND mine.status = 'present'
         AND s.session_date BETWEEN $3::date AND $4::date`,
      [request.tenantId, request.clientId, request.from, request.to],
    );
  }
}
