import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { feedbackFhirBundle, type FhirFeedbackBundle } from './feedback-fhir';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'sessionFeedback' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** the client's KOR/FIT forms as FHIR QuestionnaireResponses (audited as an export). */
export class ExportFeedbackFhir {
  constructor(private readonly deps: Dependencies) {}

  async execute(request: ClientRecordRequest): Promise<FhirFeedbackBundle> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(request, this.deps);
      const feedback = await this.deps.sessionFeedback.listForClient(
        request.actor.tenantId,
        client.id,
      );
      await this.deps.audit.record({
        actor: request.actor,
        action: 'export',
        resourceType: 'session-feedback',
        clientId: client.id,
      });
      return feedbackFhirBundle(feedback, this.deps.clock.now());
    });
  }
}
