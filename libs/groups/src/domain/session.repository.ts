import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Session } from './session';

export interface SessionListQuery extends PageRequest {
  tenantId: TenantId;
  groupId: string;
  from: string;
  to: string;
  cohortId?: string;
}

/** Port: generated sessions. A cohort has at most one session per date. */
export interface SessionRepository {
  /** Inserts the sessions that do not exist yet (same cohort and date); returns how many were new. */
  insertMissing(sessions: readonly Session[]): Promise<number>;
  find(tenantId: TenantId, groupId: string, sessionId: string): Promise<Session | null>;
  /** By date, start time, then id. */
  list(query: SessionListQuery): Promise<Page<Session>>;
}
