import {
  authorizeClientAccess,
  expectedVersion,
  newId,
  notFound,
  parseUuid,
  staleVersion,
  type Actor,
} from '@lavterskel/kernel';
import {
  ATTENDANCE_STATUSES,
  assertAttendanceTiming,
  type Attendance,
  type AttendanceStatus,
} from './attendance';
import { GroupsError, GroupsErrorCode, assertValid } from './groups-error';
import { AuditResource, type GroupsPorts } from './ports';

export interface RecordAttendanceInput {
  actor: Actor;
  groupId: string;
  sessionId: string;
  clientId: string;
  status: AttendanceStatus;
  /** Required to change an existing record: its ETag (If-Match). */
  ifMatch?: string;
  breakGlassReason?: string;
}

/**
 * GR-2: records whether a member came to a session (present, absent, cancelled in advance).
 * The first record is created; changing it needs the version the caller read.
 */
export class RecordAttendanceUseCase {
  constructor(
    private readonly ports: Pick<
      GroupsPorts,
      'unitOfWork' | 'audit' | 'clock' | 'careRelations' | 'rosters' | 'sessions' | 'attendance'
    >,
  ) {}

  async execute(
    input: RecordAttendanceInput,
  ): Promise<{ attendance: Attendance; created: boolean }> {
    const groupId = parseUuid(input.groupId, 'groupId');
    const sessionId = parseUuid(input.sessionId, 'sessionId');
    const clientId = parseUuid(input.clientId, 'clientId');
    assertValid(
      (ATTENDANCE_STATUSES as readonly string[]).includes(input.status)
        ? []
        : [
            {
              field: 'status',
              rule: 'enum',
              message: `must be one of ${ATTENDANCE_STATUSES.join(', ')}`,
            },
          ],
    );
    return this.ports.unitOfWork.run(async () => {
      const { actor } = input;
      await authorizeClientAccess(
        { actor, clientId, breakGlassReason: input.breakGlassReason },
        this.ports,
      );
      const session = await this.ports.sessions.find(actor.tenantId, groupId, sessionId);
      if (!session) throw notFound('session');
      if (!(await this.ports.rosters.findMembership(actor.tenantId, groupId, clientId))) {
        throw new GroupsError(
          GroupsErrorCode.NotAMember,
          'The client has never been a member of this group.',
          [
            {
              field: 'clientId',
              rule: 'group-member',
              message: 'must be (or have been) a member of the group',
            },
          ],
        );
      }
      const now = this.ports.clock.now();
      assertAttendanceTiming(session, input.status, now);
      const existing = await this.ports.attendance.find(actor.tenantId, sessionId, clientId);
      if (existing && expectedVersion(input.ifMatch) !== existing.version) throw staleVersion();
      if (!existing && input.ifMatch !== undefined) throw staleVersion();
      const attendance: Attendance = {
        id: existing?.id ?? newId(),
        tenantId: actor.tenantId,
        sessionId,
        groupId,
        clientId,
        status: input.status,
        recordedAt: now,
        recordedBy: actor.subject,
        version: (existing?.version ?? 0) + 1,
      };
      if (existing) await this.ports.attendance.update(attendance);
      else await this.ports.attendance.insert(attendance);
      await this.ports.audit.record({
        actor,
        action: existing ? 'update' : 'create',
        resourceType: AuditResource.attendance,
        resourceId: attendance.id,
        clientId,
      });
      return { attendance, created: !existing };
    });
  }
}
