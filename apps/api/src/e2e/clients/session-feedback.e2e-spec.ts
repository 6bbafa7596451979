import { randomUUID } from 'node:crypto';
import { fhirValidationErrors } from '@lavterskel/fhir-validator';
import { fixedClock } from '@lavterskel/kernel';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { OSLO, auditRows, bearer, registerClient, staffToken } from './clients-fixtures';

const ors = (individually: number, interpersonally: number, socially: number, overall: number) => ({
  individually,
  interpersonally,
  socially,
  overall,
});
const srs = (
  relationship: number,
  goalsAndTopics: number,
  approachOrMethod: number,
  overall: number,
) => ({
  relationship,
  goalsAndTopics,
  approachOrMethod,
  overall,
});

describe('KOR/FIT client feedback: ORS and SRS per session, trend, alerts, service summary', () => {
  const clock = fixedClock('2026-11-23T15:00:00Z');
  const serviceId = randomUUID();
  let api: TestApp;
  let anne: string;
  let ola: string;
  let oslo: string;

  beforeAll(async () => {
    api = await startTestApp({ clock });
    anne = await staffToken(api, 'nurse-anne');
    ola = await staffToken(api, 'nurse-ola');
    oslo = await staffToken(api, 'nurse-anne', { tenant: OSLO });
  });
  afterAll(() => api.close());

  const encounter = async (
    clientId: string,
    occurredAt: string,
    outcome: 'attended' | 'no-show' = 'attended',
  ): Promise<string> =>
    (
      await api
        .http()
        .post(`/v1/clients/${clientId}/encounters`)
        .set(bearer(anne))
        .send({
          channel: 'office',
          outcome,
          topics: ['mental-health'],
          occurredAt,
          serviceId,
          ...(outcome === 'attended' ? { durationMinutes: 45 } : {}),
        })
        .expect(201)
    ).body.id;
  const record = (clientId: string, body: Record<string, unknown>, token = anne) =>
    api.http().post(`/v1/clients/${clientId}/session-feedback`).set(bearer(token)).send(body);
  const trendOf = async (clientId: string, token = anne) =>
    (
      await api
        .http()
        .get(`/v1/clients/${clientId}/session-feedback`)
        .set(bearer(token))
        .expect(200)
    ).body;

  it('records forms per session and shows the trend, with an alert when ORS drops by 5 or more and SRS is low', async () => {
    const client = await registerClient(api, anne);
    const first = await encounter(client.id, '2026-11-02T10:00:00+01:00');
    const second = await encounter(client.id, '2026-11-09T10:00:00+01:00');
    const third = await encounter(client.id, '2026-11-16T10:00:00+01:00');

    const created = await record(client.id, {
      encounterId: first,
      ors: ors(7.5, 7, 6.5, 7),
      srs: srs(9.5, 9.2, 9.1, 9.4),
    }).expect(201);
    expect(created.body).toMatchObject({
      clientId: client.id,
      encounterId: first,
      serviceId,
      sessionAt: '2026-11-02T09:00:00.000Z',
      orsTotal: 28,
      srsTotal: 37.2,
      recordedBy: 'nurse-anne',
    });
    await record(client.id, { encounterId: second, ors: ors(6, 6, 6, 6) }).expect(201);
    let trend = await trendOf(client.id);
    expect(trend).toMatchObject({
      firstOrsTotal: 28,
      latestOrsTotal: 24,
      orsChange: -4,
      latestSrsTotal: 37.2,
      cutoffs: { orsClinicalCutoff: 25, orsReliableDrop: 5, srsAllianceCutoff: 36 },
    });
    expect(trend.alerts.map((alert: { code: string }) => alert.code)).toEqual([
      'ors-below-clinical-cutoff',
    ]);

    await record(client.id, {
      encounterId: third,
      ors: ors(5.8, 5.7, 5.5, 5.9),
      srs: srs(8, 9, 9, 9.5),
    }).expect(201);
    trend = await trendOf(client.id);
    expect(trend.sessions.map((s: { encounterId: string }) => s.encounterId)).toEqual([
      first,
      second,
      third,
    ]);
    expect(trend).toMatchObject({ latestOrsTotal: 22.9, orsChange: -5.1, latestSrsTotal: 35.5 });
    expect(trend.alerts.map((alert: { code: string }) => alert.code)).toEqual([
      'ors-below-clinical-cutoff',
      'ors-reliable-drop',
      'srs-alliance-attention',
    ]);
    // The clock is fixed: rows of one test share a time, so compare them as a multiset.
    expect(
      (await auditRows(api, { clientId: client.id, resourceType: 'session-feedback' }))
        .map((row) => row.action)
        .sort(),
    ).toEqual(['create', 'create', 'create', 'read', 'read']);
  });

  it('takes one form set per session: a second is 409 and only the first is listed', async () => {
    const client = await registerClient(api, anne);
    const session = await encounter(client.id, '2026-11-10T10:00:00+01:00');
    await record(client.id, { encounterId: session, srs: srs(9, 9, 9, 9) }).expect(201);
    const again = await record(client.id, { encounterId: session, srs: srs(2, 2, 2, 2) }).expect(
      409,
    );
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body).toMatchObject({
      code: 'clients.feedback-exists',
      errors: [expect.objectContaining({ field: 'encounterId', rule: 'one-feedback-per-session' })],
    });
    const trend = await trendOf(client.id);
    expect(trend.sessions).toHaveLength(1);
    expect(trend.sessions[0]).toMatchObject({ srsTotal: 36, ors: null, orsTotal: null });
  });

  it('refuses bad scores, no form, another client’s or a missed encounter, naming the field, and saves nothing', async () => {
    const client = await registerClient(api, anne);
    const other = await registerClient(api, anne);
    const session = await encounter(client.id, '2026-11-11T10:00:00+01:00');
    const missed = await encounter(client.id, '2026-11-12T10:00:00+01:00', 'no-show');
    const othersSession = await encounter(other.id, '2026-11-11T12:00:00+01:00');

    const bad = await record(client.id, {
      encounterId: 'nope',
      ors: { individually: 11, interpersonally: 5.55, socially: -1 },
    }).expect(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'encounterId', rule: 'isUuid' }),
        expect.objectContaining({ field: 'ors.individually', rule: 'max' }),
        expect.objectContaining({ field: 'ors.interpersonally', rule: 'isNumber' }),
        expect.objectContaining({ field: 'ors.socially', rule: 'min' }),
        expect.objectContaining({ field: 'ors.overall' }),
      ]),
    );
    const none = await record(client.id, { encounterId: session }).expect(400);
    expect(none.body.errors).toEqual([
      expect.objectContaining({ field: 'ors', rule: 'ors-or-srs' }),
    ]);
    const foreign = await record(client.id, {
      encounterId: othersSession,
      srs: srs(9, 9, 9, 9),
    }).expect(400);
    expect(foreign.body.errors).toEqual([
      expect.objectContaining({ field: 'encounterId', rule: 'encounter-of-client' }),
    ]);
    const noShow = await record(client.id, { encounterId: missed, srs: srs(9, 9, 9, 9) }).expect(
      400,
    );
    expect(noShow.body.errors).toEqual([
      expect.objectContaining({ field: 'encounterId', rule: 'attended-encounter' }),
    ]);
    expect((await trendOf(client.id)).sessions).toEqual([]);
    expect(
      await api.db.dataSource.query(
        `SELECT count(*)::int AS n FROM clients.session_feedback WHERE client_id = $1`,
        [client.id],
      ),
    ).toEqual([{ n: 0 }]);
  });

  it('keeps feedback need-to-know: another staff member or municipality gets 404, audited as denied', async () => {
    const client = await registerClient(api, anne);
    const session = await encounter(client.id, '2026-11-13T10:00:00+01:00');
    await record(client.id, { encounterId: session, ors: ors(5, 5, 5, 5) }).expect(201);
    for (const token of [ola, oslo]) {
      await api
        .http()
        .get(`/v1/clients/${client.id}/session-feedback`)
        .set(bearer(token))
        .expect(404);
      await api
        .http()
        .get(`/v1/clients/${client.id}/session-feedback/fhir`)
        .set(bearer(token))
        .expect(404);
      await record(client.id, { encounterId: session, ors: ors(1, 1, 1, 1) }, token).expect(404);
    }
    const denied = await auditRows(api, { clientId: client.id, actorSubject: 'nurse-ola' });
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((row) => row.action === 'denied')).toBe(true);
    expect((await trendOf(client.id)).sessions).toHaveLength(1);
  });

  it('exports the forms as FHIR QuestionnaireResponses that validate, audited as an export', async () => {
    const client = await registerClient(api, anne);
    const session = await encounter(client.id, '2026-11-14T10:00:00+01:00');
    const created = await record(client.id, {
      encounterId: session,
      ors: ors(6.2, 5.5, 4.1, 5.8),
      srs: srs(9.1, 8.7, 9, 9.3),
    }).expect(201);
    const response = await api
      .http()
      .get(`/v1/clients/${client.id}/session-feedback/fhir`)
      .set(bearer(anne))
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const bundle = response.body;
    expect(fhirValidationErrors(bundle)).toEqual([]);
    const resource = bundle.entry[0].resource;
    expect(resource).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      id: created.body.id,
      status: 'completed',
      subject: { reference: `Patient/${client.id}` },
      encounter: { reference: `Encounter/${session}` },
    });
    expect(fhirValidationErrors(resource)).toEqual([]);
    const orsGroup = resource.item.find((item: { linkId: string }) => item.linkId === 'ors');
    expect(orsGroup.item.at(-1)).toMatchObject({
      linkId: 'ors.total',
      answer: [{ valueDecimal: 21.6 }],
    });
    expect(await auditRows(api, { clientId: client.id })).toContainEqual(
      expect.objectContaining({ action: 'export', resource_type: 'session-feedback' }),
    );
  });

  it('summarises a service: share of sessions with feedback and the mean ORS change, naming no client', async () => {
    const summaryService = randomUUID();
    const session = async (clientId: string, day: string) =>
      (
        await api
          .http()
          .post(`/v1/clients/${clientId}/encounters`)
          .set(bearer(anne))
          .send({
            channel: 'office',
            outcome: 'attended',
            topics: ['health'],
            occurredAt: `${day}T10:00:00+01:00`,
            durationMinutes: 30,
            serviceId: summaryService,
          })
          .expect(201)
      ).body.id as string;
    const kari = await registerClient(api, anne);
    const per = await registerClient(api, anne);
    await record(kari.id, {
      encounterId: await session(kari.id, '2026-11-02'),
      ors: ors(5, 5, 5, 5),
    }).expect(201);
    await record(kari.id, {
      encounterId: await session(kari.id, '2026-11-09'),
      ors: ors(6, 6, 6, 6),
    }).expect(201);
    await record(per.id, {
      encounterId: await session(per.id, '2026-11-03'),
      ors: ors(5, 5, 5, 5),
    }).expect(201);
    await record(per.id, {
      encounterId: await session(per.id, '2026-11-10'),
      ors: ors(7, 7, 7, 7),
    }).expect(201);
    await session(per.id, '2026-11-17');

    const summary = await api
      .http()
      .get(`/v1/session-feedback/summary?serviceId=${summaryService}&from=2026-11-01&to=2026-11-30`)
      .set(bearer(ola))
      .expect(200);
    expect(summary.body).toEqual({
      serviceId: summaryService,
      from: '2026-11-01',
      to: '2026-11-30',
      sessions: 5,
      sessionsWithFeedback: 4,
      feedbackShare: 0.8,
      clientsWithRepeatedOrs: 2,
      meanOrsChange: 6,
    });
    const early = await api
      .http()
      .get(`/v1/session-feedback/summary?serviceId=${summaryService}&to=2026-11-05`)
      .set(bearer(ola))
      .expect(200);
    expect(early.body).toMatchObject({ sessions: 2, sessionsWithFeedback: 2, meanOrsChange: null });
    expect(
      (await auditRows(api, { resourceType: 'session-feedback-summary' })).map((row) => [
        row.action,
        row.resource_id,
        row.client_id,
      ]),
    ).toEqual([
      ['read', summaryService, null],
      ['read', summaryService, null],
    ]);
    const bad = await api
      .http()
      .get('/v1/session-feedback/summary?serviceId=x&from=2026-1-01')
      .set(bearer(ola))
      .expect(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'serviceId' }),
        expect.objectContaining({ field: 'from' }),
      ]),
    );
    // Another municipality sees none of Skien's sessions.
    const elsewhere = await api
      .http()
      .get(`/v1/session-feedback/summary?serviceId=${summaryService}`)
      .set(bearer(oslo))
      .expect(200);
    expect(elsewhere.body).toMatchObject({
      sessions: 0,
      sessionsWithFeedback: 0,
      feedbackShare: null,
    });
  });
});
