import { randomUUID } from 'node:crypto';
import { fhirValidationErrors } from '@lavterskel/fhir-validator';
import { fixedClock } from '@lavterskel/kernel';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { OSLO, SKIEN, auditRows, bearer, registerClient } from './clients-fixtures';

describe('individual plan (IP, helse- og omsorgstjenesteloven § 7-1): goals, measures, versions, review list, FHIR', () => {
  const clock = fixedClock('2026-11-23T09:00:00Z');
  const team = randomUUID();
  const serviceId = randomUUID();
  let api: TestApp;
  let anne: string;
  let ola: string;
  let outsider: string;
  let oslo: string;

  beforeAll(async () => {
    api = await startTestApp({ clock });
    anne = await api.token({
      tenant: SKIEN,
      subject: 'nurse-anne',
      roles: ['staff'],
      teams: [team],
    });
    ola = await api.token({ tenant: SKIEN, subject: 'nurse-ola', roles: ['staff'], teams: [team] });
    outsider = await api.token({
      tenant: SKIEN,
      subject: 'coach-per',
      roles: ['staff'],
      teams: [randomUUID()],
    });
    oslo = await api.token({
      tenant: OSLO,
      subject: 'nurse-anne',
      roles: ['staff'],
      teams: [team],
    });
  });
  afterAll(() => api.close());

  const planBody = (overrides: Record<string, unknown> = {}) => ({
    coordinator: 'nurse-anne',
    teamId: team,
    clientConsent: { given: true, on: '2026-11-20' },
    status: 'active',
    reviewDue: '2026-12-01',
    goals: [
      {
        inClientsWords: 'Jeg vil ha en jobb å gå til',
        status: 'active',
        measures: [
          {
            description: 'Job trial through Opp & Jobb',
            responsible: { kind: 'service', serviceId },
            from: '2026-12-01',
            to: '2027-03-31',
          },
          {
            description: 'Work assessment',
            responsible: { kind: 'partner', name: 'NAV Skien' },
            from: '2026-11-01',
            to: null,
          },
        ],
      },
      { inClientsWords: 'Bo for meg selv', status: 'active', measures: [] },
    ],
    ...overrides,
  });
  const path = (clientId: string) => `/v1/clients/${clientId}/individual-plan`;

  it('makes a plan, replaces it under If-Match keeping every version, and records an evaluation', async () => {
    const client = await registerClient(api, anne);
    const created = await api
      .http()
      .post(path(client.id))
      .set(bearer(anne))
      .send(planBody())
      .expect(201);
    expect(created.headers['etag']).toBe('"1"');
    expect(created.body).toMatchObject({
      clientId: client.id,
      coordinator: 'nurse-anne',
      status: 'active',
      clientConsent: { given: true, on: '2026-11-20' },
      version: 1,
    });
    const [job, home] = created.body.goals;
    expect(job.measures[1]).toMatchObject({
      responsible: { kind: 'partner', name: 'NAV Skien', serviceId: null },
    });

    await api.http().put(path(client.id)).set(bearer(anne)).send(planBody()).expect(428);
    const replaced = await api
      .http()
      .put(path(client.id))
      .set(bearer(anne))
      .set('If-Match', '"1"')
      .send(
        planBody({
          goals: [
            {
              inClientsWords: 'Jeg vil ha en jobb å gå til',
              id: job.id,
              status: 'achieved',
              measures: [
                {
                  description: 'Job trial through Opp & Jobb',
                  responsible: { kind: 'service', serviceId },
                  from: '2026-12-01',
                  to: '2027-03-31',
                  id: job.measures[0].id,
                },
              ],
            },
            {
              id: home.id,
              inClientsWords: 'Bo for meg selv, nær byen',
              status: 'active',
              measures: [],
            },
          ],
        }),
      )
      .expect(200);
    expect(replaced.headers['etag']).toBe('"2"');
    expect(replaced.body.goals.map((goal: { id: string }) => goal.id)).toEqual([job.id, home.id]);
    expect(replaced.body.goals[0].measures.map((m: { id: string }) => m.id)).toEqual([
      job.measures[0].id,
    ]);
    await api
      .http()
      .put(path(client.id))
      .set(bearer(anne))
      .set('If-Match', '"1"')
      .send(planBody())
      .expect(412);

    const evaluated = await api
      .http()
      .post(`${path(client.id)}/evaluations`)
      .set(bearer(anne))
      .send({
        on: '2026-11-23',
        text: 'Job trial agreed; next review after New Year.',
        nextReviewDue: '2027-01-15',
      })
      .expect(201);
    expect(evaluated.body).toMatchObject({ version: 3, reviewDue: '2027-01-15' });
    expect(evaluated.body.evaluations).toEqual([
      expect.objectContaining({ on: '2026-11-23', by: 'nurse-anne' }),
    ]);

    const versions = await api
      .http()
      .get(`${path(client.id)}/versions`)
      .set(bearer(anne))
      .expect(200);
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(versions.body.items[2].plan.goals[0]).toMatchObject({
      status: 'active',
      measures: [{}, {}],
    });
    expect(versions.body.items[1].plan.goals[0]).toMatchObject({ status: 'achieved' });

    const read = await api.http().get(path(client.id)).set(bearer(anne)).expect(200);
    expect(read.headers['etag']).toBe('"3"');
    expect(
      (await auditRows(api, { clientId: client.id, resourceType: 'individual-plan' }))
        .map((r) => r.action)
        .sort(),
    ).toEqual(['create', 'read', 'update', 'update']);
  });

  it('refuses a second plan, an active plan without consent, unknown ids and bad dates, naming the field, saving nothing', async () => {
    const client = await registerClient(api, anne);
    const noConsent = await api
      .http()
      .post(path(client.id))
      .set(bearer(anne))
      .send(planBody({ clientConsent: { given: false, on: null } }))
      .expect(400);
    expect(noConsent.body.errors).toEqual([
      expect.objectContaining({ field: 'clientConsent.given', rule: 'consent-for-active-plan' }),
    ]);
    const bad = await api
      .http()
      .post(path(client.id))
      .set(bearer(anne))
      .send(
        planBody({
          teamId: randomUUID(),
          reviewDue: '2026-02-30',
          goals: [
            {
              inClientsWords: ' ',
              status: 'active',
              measures: [
                {
                  description: 'x',
                  responsible: { kind: 'partner', name: 'NAV' },
                  from: '2026-12-10',
                  to: '2026-12-01',
                },
              ],
            },
          ],
        }),
      )
      .expect(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'teamId', rule: 'own-team' }),
        expect.objectContaining({ field: 'reviewDue', rule: 'calendar-date' }),
        expect.objectContaining({ field: 'goals[0].inClientsWords', rule: 'not-blank' }),
        expect.objectContaining({ field: 'goals[0].measures[0].to', rule: 'not-before-from' }),
      ]),
    );
    const shape = await api
      .http()
      .post(path(client.id))
      .set(bearer(anne))
      .send(
        planBody({
          status: 'started',
          goals: [
            {
              inClientsWords: 'x',
              status: 'active',
              measures: [
                {
                  description: 'x',
                  responsible: { kind: 'service' },
                  from: '2026-12-01',
                  to: null,
                },
              ],
            },
          ],
        }),
      )
      .expect(400);
    expect(shape.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'status', rule: 'isIn' }),
        expect.objectContaining({
          field: 'goals[0].measures[0].responsible.serviceId',
          rule: 'isUuid',
        }),
      ]),
    );
    await api.http().get(path(client.id)).set(bearer(anne)).expect(404);
    await api.http().post(path(client.id)).set(bearer(anne)).send(planBody()).expect(201);
    const second = await api
      .http()
      .post(path(client.id))
      .set(bearer(anne))
      .send(planBody())
      .expect(409);
    // A new plan names no ids; a replacement may name only the plan's own goals.
    const unknownGoal = await api
      .http()
      .put(path(client.id))
      .set(bearer(anne))
      .set('If-Match', '"1"')
      .send(
        planBody({
          goals: [{ id: randomUUID(), inClientsWords: 'x', status: 'active', measures: [] }],
        }),
      )
      .expect(400);
    expect(unknownGoal.body.errors).toEqual([
      expect.objectContaining({ field: 'goals[0].id', rule: 'known-goal' }),
    ]);
    expect(second.body.code).toBe('clients.individual-plan-exists');
    const versions = await api
      .http()
      .get(`${path(client.id)}/versions`)
      .set(bearer(anne))
      .expect(200);
    expect(versions.body.items).toHaveLength(1);
  });

  it('keeps the plan need-to-know: no care relation or another municipality is 404, audited as denied', async () => {
    const client = await registerClient(api, anne);
    await api.http().post(path(client.id)).set(bearer(anne)).send(planBody()).expect(201);
    // A colleague in the same team without a care relation is refused too.
    for (const token of [outsider, ola, oslo]) {
      await api.http().get(path(client.id)).set(bearer(token)).expect(404);
      await api
        .http()
        .get(`${path(client.id)}/fhir`)
        .set(bearer(token))
        .expect(404);
      await api
        .http()
        .get(`${path(client.id)}/versions`)
        .set(bearer(token))
        .expect(404);
      await api
        .http()
        .put(path(client.id))
        .set(bearer(token))
        .set('If-Match', '"1"')
        .send(planBody())
        .expect(404);
    }
    const denied = await auditRows(api, { clientId: client.id, actorSubject: 'coach-per' });
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((row) => row.action === 'denied')).toBe(true);
    expect((await api.http().get(path(client.id)).set(bearer(anne)).expect(200)).body.version).toBe(
      1,
    );
  });

  it('lists the team’s plans due for review, soonest first, only to the team, audited per client', async () => {
    const reviewTeam = randomUUID();
    const lead = await api.token({
      tenant: SKIEN,
      subject: 'lead-kim',
      roles: ['staff'],
      teams: [reviewTeam],
    });
    const make = async (reviewDue: string, status = 'active') => {
      const client = await registerClient(api, lead);
      await api
        .http()
        .post(path(client.id))
        .set(bearer(lead))
        .send(planBody({ teamId: reviewTeam, coordinator: 'lead-kim', reviewDue, status }))
        .expect(201);
      return client.id;
    };
    const overdue = await make('2026-11-10');
    const soon = await make('2026-12-01');
    await make('2027-02-01');
    await make('2026-11-15', 'completed');

    const list = await api
      .http()
      .get(`/v1/individual-plans/due-for-review?teamId=${reviewTeam}`)
      .set(bearer(lead))
      .expect(200);
    expect(list.body.items.map((item: { clientId: string }) => item.clientId)).toEqual([
      overdue,
      soon,
    ]);
    expect(list.body.items[0]).toMatchObject({
      coordinator: 'lead-kim',
      status: 'active',
      reviewDue: '2026-11-10',
    });
    const search = await auditRows(api, {
      actorSubject: 'lead-kim',
      resourceType: 'individual-plan',
    });
    expect(
      search
        .filter((row) => row.action === 'search')
        .map((row) => row.client_id)
        .sort(),
    ).toEqual([overdue, soon].sort());

    const later = await api
      .http()
      .get(`/v1/individual-plans/due-for-review?teamId=${reviewTeam}&by=2027-12-31&limit=2`)
      .set(bearer(lead))
      .expect(200);
    expect(later.body.items).toHaveLength(2);
    const rest = await api
      .http()
      .get(
        `/v1/individual-plans/due-for-review?teamId=${reviewTeam}&by=2027-12-31&limit=2&cursor=${later.body.nextCursor}`,
      )
      .set(bearer(lead))
      .expect(200);
    expect(rest.body.items).toHaveLength(1);

    const forbidden = await api
      .http()
      .get(`/v1/individual-plans/due-for-review?teamId=${reviewTeam}`)
      .set(bearer(anne))
      .expect(403);
    expect(forbidden.body).toMatchObject({ code: 'clients.team-forbidden' });
    const bad = await api
      .http()
      .get('/v1/individual-plans/due-for-review?teamId=x&by=soon')
      .set(bearer(lead))
      .expect(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'teamId' }),
        expect.objectContaining({ field: 'by' }),
      ]),
    );
  });

  it('exports the plan as a CarePlan with its Goals that validate, audited as an export', async () => {
    const client = await registerClient(api, anne);
    const plan = (
      await api.http().post(path(client.id)).set(bearer(anne)).send(planBody()).expect(201)
    ).body;
    const response = await api
      .http()
      .get(`${path(client.id)}/fhir`)
      .set(bearer(anne))
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const bundle = response.body;
    expect(fhirValidationErrors(bundle)).toEqual([]);
    const [carePlan, ...goals] = bundle.entry.map(
      (entry: { resource: Record<string, unknown> }) => entry.resource,
    );
    expect(carePlan).toMatchObject({
      resourceType: 'CarePlan',
      id: plan.id,
      status: 'active',
      intent: 'plan',
      subject: { reference: `Patient/${client.id}` },
      goal: plan.goals.map((goal: { id: string }) => ({ reference: `urn:uuid:${goal.id}` })),
    });
    expect((carePlan as { activity: unknown[] }).activity).toEqual([
      {
        detail: expect.objectContaining({
          status: 'not-started',
          description: 'Job trial through Opp & Jobb',
        }),
      },
      {
        detail: expect.objectContaining({
          status: 'in-progress',
          performer: [{ display: 'NAV Skien' }],
        }),
      },
    ]);
    expect(goals).toEqual([
      expect.objectContaining({
        resourceType: 'Goal',
        lifecycleStatus: 'active',
        description: { text: 'Jeg vil ha en jobb å gå til' },
      }),
      expect.objectContaining({ resourceType: 'Goal', description: { text: 'Bo for meg selv' } }),
    ]);
    for (const resource of [carePlan, ...goals]) expect(fhirValidationErrors(resource)).toEqual([]);
    expect(await auditRows(api, { clientId: client.id })).toContainEqual(
      expect.objectContaining({ action: 'export', resource_type: 'individual-plan' }),
    );
  });
});
