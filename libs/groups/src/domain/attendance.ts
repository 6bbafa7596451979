import type { TenantId } from '@lavterskel/kernel';
import { hasBegun } from './calendar';
import { GroupsError, GroupsErrorCode } from './groups-error';
import type { Session } from './session';

/** `cancelled`: the member called off in advance; `absent`: did not come without notice. */
export const ATTENDANCE_STATUSES = ['present', 'absent', 'cancelled'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Whether one client attended one session (GR-2); the source of exposure lists (GR-6). */
export interface Attendance {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly sessionId: string;
  readonly groupId: string;
  readonly clientId: string;
  readonly status: AttendanceStatus;
  readonly recordedAt: Date;
  readonly recordedBy: string;
  readonly version: number;
}

/** Present or absent once the session has begun; cancelled only before it begins. */
export function assertAttendanceTiming(
  session: Session,
  status: AttendanceStatus,
  now: Date,
): void {
  const begun = hasBegun(session.date, session.startTime, now);
  if (status === 'cancelled' && begun) {
    throw new GroupsError(
      GroupsErrorCode.AttendanceTiming,
      'A cancellation in advance must come before the session begins.',
      [
        {
          field: 'status',
          rule: 'before-session-start',
          message: 'cancelled is only recorded before the session begins',
        },
      ],
    );
  }
  if (status !== 'cancelled' && !begun) {
    throw new GroupsError(
      GroupsErrorCode.AttendanceTiming,
      'Attendance is recorded once the session has begun.',
      [
        {
          field: 'status',
          rule: 'after-session-start',
          message: `${status} is only recorded once the session has begun`,
        },
      ],
    );
  }
}
