import { RegisterClient } from '../client/register-client.use-case';
import { RecordEncounter } from '../encounter/record-encounter.use-case';
import { pseudonymousClientDetails } from '../testing/client-details.builder';
import { inMemoryClients, staffActor } from '../testing/in-memory-clients';
import { GetServiceFeedbackSummary } from './get-service-feedback-summary.use-case';
import { RecordSessionFeedback } from './record-session-feedback.use-case';

describe('RecordSessionFeedback and the service summary (KOR/FIT)', () => {
  const anne = staffActor('nurse-anne');
  const ola = staffActor('nurse-ola');
  const serviceId = '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81';
  const scores = { individually: 5, interpersonally: 5, socially: 5, overall: 5 };

  async function setUp() {
    const deps = inMemoryClients({ now: '2026-11-20T15:00:00Z' });
    const client = await new RegisterClient(deps).execute({
      actor: anne,
      details: pseudonymousClientDetails(),
    });
    const encounter = await new RecordEncounter(deps).execute({
      actor: anne,
      clientId: client.id,
      channel: 'office',
      outcome: 'attended',
      topics: [],
      note: null,
      occurredAt: new Date('2026-11-03T09:00:00Z'),
      durationMinutes: 45,
      serviceId,
    });
    return { deps, client, encounter };
  }

  it('takes the session time and service from the encounter, and audits the creation', async () => {
    const { deps, client, encounter } = await setUp();
    const feedback = await new RecordSessionFeedback(deps).execute({
      actor: anne,
      clientId: client.id,
      encounterId: encounter.id,
      ors: scores,
    });
    expect(feedback).toMatchObject({
      serviceId,
      sessionAt: encounter.occurredAt,
      srs: null,
      recordedBy: 'nurse-anne',
    });
    expect(deps.auditEntries.at(-1)).toMatchObject({
      action: 'create',
      resourceType: 'session-feedback',
      clientId: client.id,
    });
    const summary = await new GetServiceFeedbackSummary(deps).execute({ actor: anne, serviceId });
    expect(summary).toMatchObject({
      sessions: 1,
      sessionsWithFeedback: 1,
      feedbackShare: 1,
      meanOrsChange: null,
    });
  });

  it('refuses a second form set for the session, and a caller without a care relation as not found', async () => {
    const { deps, client, encounter } = await setUp();
    const record = new RecordSessionFeedback(deps);
    await record.execute({
      actor: anne,
      clientId: client.id,
      encounterId: encounter.id,
      ors: scores,
    });
    await expect(
      record.execute({ actor: anne, clientId: client.id, encounterId: encounter.id, ors: scores }),
    ).rejects.toMatchObject({ code: 'clients.feedback-exists' });
    await expect(
      record.execute({ actor: ola, clientId: client.id, encounterId: encounter.id, ors: scores }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(deps.sessionFeedback.forms).toHaveLength(1);
  });
});
