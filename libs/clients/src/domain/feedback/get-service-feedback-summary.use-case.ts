import { isCalendarDay, isUuid, type Actor } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { Violations } from '../shared/violations';

export interface GetServiceFeedbackSummaryInput {
  actor: Actor;
  serviceId: string;
  /** Oslo days, `YYYY-MM-DD`, both included; either may be open. */
  from?: string;
  to?: string;
}

export interface ServiceFeedbackSummary {
  readonly serviceId: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly sessions: number;
  readonly sessionsWithFeedback: number;
  /** sessionsWithFeedback ÷ sessions; null without sessions. */
  readonly feedbackShare: number | null;
  /** Clients with two or more ORS forms in the period. */
  readonly clientsWithRepeatedOrs: number;
  /** Their mean change of the ORS total (latest − first); null when there is none. */
  readonly meanOrsChange: number | null;
}

type Dependencies = Pick<ClientsDependencies, 'sessionFeedback' | 'unitOfWork' | 'audit'>;

/**
 * KOR/FIT per service: how many sessions carried feedback and how the clients' ORS moved.
 * Counts only, no client is named, so it needs no care relation; it is audited as a read.
 */
export class GetServiceFeedbackSummary {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: GetServiceFeedbackSummaryInput): Promise<ServiceFeedbackSummary> {
    const violations = new Violations();
    if (!isUuid(input.serviceId)) violations.add('serviceId', 'uuid', 'must be a UUID');
    for (const field of ['from', 'to'] as const) {
      const value = input[field];
      if (value !== undefined && !isCalendarDay(value))
        violations.add(field, 'calendar-date', 'must be a real date, YYYY-MM-DD');
    }
    if (input.from !== undefined && input.to !== undefined && input.from > input.to)
      violations.add('to', 'not-before-from', 'must not be before from');
    violations.throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const counts = await this.deps.sessionFeedback.countsForService({
        tenantId: input.actor.tenantId,
        serviceId: input.serviceId,
        from: input.from,
        to: input.to,
      });
      await this.deps.audit.record({
        actor: input.actor,
        action: 'read',
        resourceType: 'session-feedback-summary',
        resourceId: input.serviceId,
      });
      const changes = counts.orsChanges;
      return {
        serviceId: input.serviceId,
        from: input.from ?? null,
        to: input.to ?? null,
        sessions: counts.sessions,
        sessionsWithFeedback: counts.sessionsWithFeedback,
        feedbackShare:
          counts.sessions === 0
            ? null
            : Math.round((counts.sessionsWithFeedback / counts.sessions) * 1000) / 1000,
        clientsWithRepeatedOrs: changes.length,
        meanOrsChange:
          changes.length === 0
            ? null
            : Math.round((changes.reduce((sum, change) => sum + change, 0) / changes.length) * 10) /
              10,
      };
    });
  }
}
