import { osloDate, type TenantId } from '@lavterskel/kernel';
import { feedbackExists } from '../feedback/feedback-errors';
import { totalOf, type SessionFeedback } from '../feedback/session-feedback';
import type {
  ServiceFeedbackCounts,
  SessionFeedbackRepository,
} from '../feedback/session-feedback.repository';
import type { InMemoryEncounterRepository } from './in-memory-encounter.repository';

export class InMemorySessionFeedbackRepository implements SessionFeedbackRepository {
  readonly forms: (SessionFeedback & { tenantId: TenantId })[] = [];

  constructor(private readonly encounters: InMemoryEncounterRepository) {}

  async insert(tenantId: TenantId, feedback: SessionFeedback): Promise<void> {
    if (
      this.forms.some(
        (form) => form.tenantId === tenantId && form.encounterId === feedback.encounterId,
      )
    )
      throw feedbackExists();
    this.forms.push({ ...feedback, tenantId });
  }

  async listForClient(tenantId: TenantId, clientId: string): Promise<SessionFeedback[]> {
    return this.forms
      .filter((form) => form.tenantId === tenantId && form.clientId === clientId)
      .sort((a, b) => a.sessionAt.getTime() - b.sessionAt.getTime())
      .map(({ tenantId: _, ...form }) => form);
  }

  async countsForService(query: {
    tenantId: TenantId;
    serviceId: string;
    from?: string;
    to?: string;
  }): Promise<ServiceFeedbackCounts> {
    const inPeriod = (at: Date) =>
      (query.from === undefined || osloDate(at) >= query.from) &&
      (query.to === undefined || osloDate(at) <= query.to);
    const sessions = this.encounters.encounters.filter(
      (encounter) =>
        encounter.tenantId === query.tenantId &&
        encounter.serviceId === query.serviceId &&
        encounter.outcome === 'attended' &&
        inPeriod(encounter.occurredAt),
    );
    const forms = this.forms.filter((form) =>
      sessions.some((session) => session.id === form.encounterId),
    );
    const orsByClient = new Map<string, number[]>();
    for (const form of [...forms].sort((a, b) => a.sessionAt.getTime() - b.sessionAt.getTime())) {
      if (form.ors)
        orsByClient.set(form.clientId, [
          ...(orsByClient.get(form.clientId) ?? []),
          totalOf(form.ors),
        ]);
    }
    const orsChanges = [...orsByClient.values()]
      .filter((totals) => totals.length >= 2)
      .map((totals) => Math.round(((totals.at(-1) ?? 0) - (totals[0] ?? 0)) * 10) / 10);
    return { sessions: sessions.length, sessionsWithFeedback: forms.length, orsChanges };
  }
}
