import { newId, type Actor } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { Violations } from '../shared/violations';
import { isUrgent, type Application } from './application';
import { validateApplicationForm, type ApplicationForm } from './application-form';

/** The audit trail's actor for what arrives through the public form: nobody is signed in. */
export const PUBLIC_FORM_SUBJECT = 'public-application-form';

type Dependencies = Pick<ClientsDependencies, 'applications' | 'unitOfWork' | 'audit' | 'clock'>;

/** CL-2: receives a simple application from the public form; its id is the applicant's receipt. */
export class SubmitApplication {
  constructor(private readonly deps: Dependencies) {}

  async execute(form: ApplicationForm): Promise<Application> {
    const violations = new Violations();
    const valid = validateApplicationForm(form, violations);
    violations.throwIfAny();
    const { tenantId, ...content } = valid;
    const application: Application = {
      ...content,
      id: newId(),
      tenantId,
      receivedAt: this.deps.clock.now(),
      status: 'received',
      triage: null,
      urgent: isUrgent(valid.answers, null),
      clientId: null,
      firstContactAt: null,
      closure: null,
      version: 1,
    };
    const actor: Actor = { subject: PUBLIC_FORM_SUBJECT, tenantId, roles: [], teamIds: [] };
    return this.deps.unitOfWork.run(async () => {
      await this.deps.applications.insert(application);
      await this.deps.audit.record({
        actor,
        action: 'create',
        resourceType: 'application',
        resourceId: application.id,
      });
      return application;
    });
  }
}
