import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { feedbackTrend, type FeedbackTrend } from './feedback-trend';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'sessionFeedback' | 'careRelations' | 'unitOfWork' | 'audit'
>;

/** KOR/FIT: the client's ORS/SRS over time and what needs attention now. */
export class GetFeedbackTrend {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest): Promise<FeedbackTrend> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const feedback = await this.deps.sessionFeedback.listForClient(
        input.actor.tenantId,
        client.id,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'read',
        resourceType: 'session-feedback',
        clientId: client.id,
      });
      return feedbackTrend(feedback);
    });
  }
}
