import type { TenantId } from '@lavterskel/kernel';
import type { Attendance } from './attendance';
import type { ExposureRow } from './exposure';

/** Port: attendance records, one per client and session. */
export interface AttendanceRepository {
  find(tenantId: TenantId, sessionId: string, clientId: string): Promise<Attendance | null>;
  /** A record for the same client and session written meanwhile is `staleVersion()`: read it and retry. */
  insert(attendance: Attendance): Promise<void>;
  /** Writes `attendance` (version already raised) when the stored version is `version - 1`; else `staleVersion()`. */
  update(attendance: Attendance): Promise<void>;
  /** Every (other client, session) where both were present, sessions dated `from`..`to`. */
  sharedSessions(request: {
    tenantId: TenantId;
    clientId: string;
    from: string;
    to: string;
  }): Promise<ExposureRow[]>;
}
