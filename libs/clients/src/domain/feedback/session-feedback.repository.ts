import type { TenantId } from '@lavterskel/kernel';
import type { SessionFeedback } from './session-feedback';

/** Sessions of one service in a period, and how many carried feedback (KOR/FIT follow-up). */
export interface ServiceFeedbackCounts {
  /** Attended encounters of the service in the period. */
  readonly sessions: number;
  /** Of those, the ones with an ORS or SRS form. */
  readonly sessionsWithFeedback: number;
  /** Per client with two or more ORS forms in the period: latest total minus first. */
  readonly orsChanges: readonly number[];
}

/** Port: KOR/FIT forms. Every method is tenant-scoped. */
export interface SessionFeedbackRepository {
  /** Throws `clients.feedback-exists` when the encounter already has feedback. */
  insert(tenantId: TenantId, feedback: SessionFeedback): Promise<void>;
  /** Every form of the client, oldest session first. */
  listForClient(tenantId: TenantId, clientId: string): Promise<SessionFeedback[]>;
  /** Oslo days `from` and `to` included; either may be open. */
  countsForService(query: {
    tenantId: TenantId;
    serviceId: string;
    from?: string;
    to?: string;
  }): Promise<ServiceFeedbackCounts>;
}
