import { newId } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { Violations, invalidInput } from '../shared/violations';
import type { SessionFeedback } from './session-feedback';
import { validateFeedback, type FeedbackEntry } from './validate-feedback';

export interface RecordSessionFeedbackInput extends ClientRecordRequest, FeedbackEntry {
  /** The attended encounter (of this client) the forms were filled in. */
  encounterId: string;
}

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'encounters' | 'sessionFeedback' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** KOR/FIT: records the ORS and/or SRS of one session, linked to its encounter. */
export class RecordSessionFeedback {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: RecordSessionFeedbackInput): Promise<SessionFeedback> {
    const violations = new Violations();
    const forms = validateFeedback(input, violations);
    violations.throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const encounter = await this.deps.encounters.find(
        input.actor.tenantId,
        client.id,
        input.encounterId,
      );
      if (!encounter)
        throw invalidInput([
          {
            field: 'encounterId',
            rule: 'encounter-of-client',
            message: 'must be an encounter of this client',
          },
        ]);
      if (encounter.outcome !== 'attended')
        throw invalidInput([
          {
            field: 'encounterId',
            rule: 'attended-encounter',
            message: 'must be an encounter that took place (outcome attended)',
          },
        ]);
      const feedback: SessionFeedback = {
        id: newId(),
        clientId: client.id,
        encounterId: input.encounterId,
        serviceId: encounter.serviceId,
        sessionAt: encounter.occurredAt,
        ...forms,
        recordedBy: input.actor.subject,
        recordedAt: this.deps.clock.now(),
      };
      await this.deps.sessionFeedback.insert(input.actor.tenantId, feedback);
      await this.deps.audit.record({
        actor: input.actor,
        action: 'create',
        resourceType: 'session-feedback',
        resourceId: feedback.id,
        clientId: client.id,
      });
      return feedback;
    });
  }
}
