import { staleVersion, type Actor } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { text } from '../shared/text';
import { Violations } from '../shared/violations';
import { isUrgent, type Application } from './application';
import { applicationForChange } from './open-application';

export const MAX_TRIAGE_NOTE_LENGTH = 2000;

export interface TriageApplicationInput {
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  acuteDetox: boolean;
  pregnancy: boolean;
  coercionAssessment: boolean;
  note?: string | null;
}

type Dependencies = Pick<ClientsDependencies, 'applications' | 'unitOfWork' | 'audit' | 'clock'>;

/**
 * CL-2: staff assess urgency (acute detox, pregnancy §10-3, coercion assessment §10-2). Staff's
 * assessment replaces the applicant's answers in deciding what is urgent; it may be revised.
 */
export class TriageApplication {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: TriageApplicationInput): Promise<Application> {
    const note = text(input.note);
    new Violations().maxLength('note', note, MAX_TRIAGE_NOTE_LENGTH).throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const application = await applicationForChange(input, this.deps.applications);
      if (application.version !== input.expectedVersion) throw staleVersion();
      const triage = {
        acuteDetox: input.acuteDetox,
        pregnancy: input.pregnancy,
        coercionAssessment: input.coercionAssessment,
        note,
        triagedBy: input.actor.subject,
        triagedAt: this.deps.clock.now(),
      };
      const updated = await this.deps.applications.update(
        {
          ...application,
          status: 'triaged',
          triage,
          urgent: isUrgent(application.answers, triage),
        },
        input.expectedVersion,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'update',
        resourceType: 'application',
        resourceId: application.id,
      });
      return updated;
    });
  }
}
