import { randomUUID } from 'node:crypto';
import {
  OSLO,
  SKIEN,
  createTeamAndService,
  expectProblem,
  registerClient,
  startServicesApp,
  type ServicesTestApp,
} from './services-e2e';

describe('harm-reduction and welfare distribution (SV-5)', () => {
  let api: ServicesTestApp;
  let serviceId: string;
  let nurse: string;
  let outsider: string;
  let partnerId: string;
  let clientId: string;

  beforeAll(async () => {
    api = await startServicesApp();
    let teamId: string;
    let lead: string;
    ({ serviceId, teamId, lead } = await createTeamAndService(api, { name: 'Feltpleien' }));
    nurse = await api.bearer({
      tenant: SKIEN,
      roles: ['staff'],
      teams: [teamId],
      subject: 'nurse-anne',
    });
    outsider = await api.bearer({
      tenant: SKIEN,
      roles: ['staff'],
      teams: [randomUUID()],
      subject: 'nurse-ola',
    });
    partnerId = (
      await api
        .http()
        .post('/v1/services/partners')
        .set('Authorization', lead)
        .send({ name: 'Kirkens Bymisjon', kind: 'ngo' })
        .expect(201)
    ).body.id;
    clientId = await registerClient(api, nurse);
    await api
      .http()
      .post(`/v1/services/${serviceId}/enrolments`)
      .set('Authorization', nurse)
      .send({ clientId, reason: 'Outreach' })
      .expect(201);
  });
  afterAll(() => api.close());

  const record = (body: Record<string, unknown>, token = nurse) =>
    api
      .http()
      .post('/v1/distribution/records')
      .set('Authorization', token)
      .send({ serviceId, setting: 'outreach', ...body });

  it('records an encounter to a known client as one record per item, audited for the client', async () => {
    const response = await record({
      clientId,
      partnerId,
      givenAt: '2026-11-23T09:30:00+01:00',
      items: [
        { item: 'naloxone', quantity: 2 },
        { item: 'clean-equipment', quantity: 10 },
      ],
    }).expect(201);
    expect(response.body.records).toEqual([
      expect.objectContaining({
        clientId,
        item: 'naloxone',
        quantity: 2,
        setting: 'outreach',
        partnerId,
        day: '2026-11-23',
        recordedBy: 'nurse-anne',
      }),
      expect.objectContaining({ clientId, item: 'clean-equipment', quantity: 10 }),
    ]);
    expect(await api.auditRows({ resourceType: 'distribution', clientId })).toHaveLength(2);
    const mine = await api
      .http()
      .get(`/v1/distribution/records?clientId=${clientId}`)
      .set('Authorization', nurse)
      .expect(200);
    expect(mine.body.items.map((r: { item: string }) => r.item).sort()).toEqual([
      'clean-equipment',
      'naloxone',
    ]);
    const audit = await api.auditRows({ resourceType: 'distribution', clientId });
    expect(audit.map((row) => row.action).sort()).toEqual(['create', 'create', 'search']);
  });

  it('records anonymous handouts', async () => {
    const response = await record({
      setting: 'temporary-housing',
      items: [{ item: 'food-bag', quantity: 3 }],
    }).expect(201);
    expect(response.body.records).toEqual([
      expect.objectContaining({
        clientId: null,
        item: 'food-bag',
        setting: 'temporary-housing',
        partnerId: null,
      }),
    ]);
  });

  it('refuses negative counts, repeated items, unknown services and partners and the future; nothing is half-saved', async () => {
    const before = await api.count('distribution_record');
    const negative = await record({
      items: [
        { item: 'food-bag', quantity: 2 },
        { item: 'naloxone', quantity: -1 },
      ],
    }).expect(400);
    expectProblem(negative.body, 'validation-failed', { field: 'items[1].quantity', rule: 'min' });
    expectProblem((await record({ items: [] }).expect(400)).body, 'validation-failed', {
      field: 'items',
      rule: 'arrayMinSize',
    });
    expectProblem(
      (
        await record({
          items: [
            { item: 'food-bag', quantity: 1 },
            { item: 'food-bag', quantity: 2 },
          ],
        }).expect(400)
      ).body,
      'services.invalid-input',
      {
        field: 'items',
        rule: 'unique-items',
      },
    );
    expectProblem(
      (
        await record({
          serviceId: randomUUID(),
          items: [{ item: 'food-bag', quantity: 1 }],
        }).expect(422)
      ).body,
      'services.unknown-reference',
      { field: 'serviceId' },
    );
    expectProblem(
      (
        await record({
          partnerId: randomUUID(),
          items: [{ item: 'food-bag', quantity: 1 }],
        }).expect(422)
      ).body,
      'services.unknown-reference',
      { field: 'partnerId' },
    );
    expectProblem(
      (
        await record({
          givenAt: '2026-11-24T10:00:00+01:00',
          items: [{ item: 'food-bag', quantity: 1 }],
        }).expect(400)
      ).body,
      'services.invalid-input',
      {
        field: 'givenAt',
      },
    );
    expectProblem(
      (await record({ setting: 'bus', items: [{ item: 'food-bag', quantity: 1 }] }).expect(400))
        .body,
      'validation-failed',
      { field: 'setting' },
    );
    expect(await api.count('distribution_record')).toBe(before);
  });

  it("keeps a client's handouts need-to-know: 404 without a care relation, unless the glass is broken", async () => {
    await record({ clientId, items: [{ item: 'wound-care-kit', quantity: 1 }] }, outsider).expect(
      404,
    );
    await api
      .http()
      .get(`/v1/distribution/records?clientId=${clientId}`)
      .set('Authorization', outsider)
      .expect(404);
    await api
      .http()
      .get(`/v1/distribution/records?clientId=${clientId}`)
      .set('Authorization', outsider)
      .set('X-Break-Glass-Reason', 'Checking naloxone after an overdose call')
      .expect(200);
    const oslo = await api.bearer({ tenant: OSLO, roles: ['staff'], subject: 'nurse-anne' });
    await record({ items: [{ item: 'food-bag', quantity: 1 }] }, oslo).expect(422);
  });

  it('totals counts per ISO week, item and setting, optionally per service or partner', async () => {
    const { serviceId: otherService, lead } = await createTeamAndService(api, { name: 'Bolig' });
    const housingTeamNurse = await api.bearer({
      tenant: SKIEN,
      roles: ['staff'],
      subject: 'nurse-kari',
    });
    const post = (body: Record<string, unknown>) =>
      api
        .http()
        .post('/v1/distribution/records')
        .set('Authorization', housingTeamNurse)
        .send({ serviceId: otherService, ...body })
        .expect(201);
    await post({
      setting: 'delivery',
      givenAt: '2026-11-16T10:00:00+01:00',
      items: [
        { item: 'food-bag', quantity: 4 },
        { item: 'nutrition-drink', quantity: 12 },
      ],
    });
    await post({
      setting: 'delivery',
      givenAt: '2026-11-22T23:30:00+01:00',
      items: [{ item: 'food-bag', quantity: 2 }],
    });
    await post({
      setting: 'delivery',
      givenAt: '2026-11-23T00:30:00+01:00',
      partnerId,
      items: [{ item: 'food-bag', quantity: 5 }],
    });
    await post({
      setting: 'premises',
      givenAt: '2026-11-23T08:30:00+01:00',
      items: [{ item: 'clothing', quantity: 1 }],
    });

    const reader = await api.bearer({ tenant: SKIEN, roles: ['crisis-coordinator'] });
    const totals = await api
      .http()
      .get(`/v1/distribution/totals?from=2026-11-16&to=2026-11-29&serviceId=${otherService}`)
      .set('Authorization', reader)
      .expect(200);
    expect(totals.body.totals).toEqual([
      {
        week: '2026-W47',
        item: 'food-bag',
        setting: 'delivery',
        quantity: 6,
        toKnownClients: 0,
        records: 2,
      },
      {
        week: '2026-W47',
        item: 'nutrition-drink',
        setting: 'delivery',
        quantity: 12,
        toKnownClients: 0,
        records: 1,
      },
      {
        week: '2026-W48',
        item: 'clothing',
        setting: 'premises',
        quantity: 1,
        toKnownClients: 0,
        records: 1,
      },
      {
        week: '2026-W48',
        item: 'food-bag',
        setting: 'delivery',
        quantity: 5,
        toKnownClients: 0,
        records: 1,
      },
    ]);
    const byPartner = await api
      .http()
      .get(`/v1/distribution/totals?from=2026-11-16&to=2026-11-29&partnerId=${partnerId}`)
      .set('Authorization', lead)
      .expect(200);
    expect(byPartner.body.totals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          week: '2026-W48',
          item: 'naloxone',
          quantity: 2,
          toKnownClients: 2,
        }),
        expect.objectContaining({ item: 'food-bag', quantity: 5 }),
      ]),
    );
    expectProblem(
      (
        await api
          .http()
          .get('/v1/distribution/totals?from=2026-11-29&to=2026-11-16')
          .set('Authorization', reader)
          .expect(400)
      ).body,
      'services.invalid-input',
      {
        field: 'to',
      },
    );
    expectProblem(
      (
        await api
          .http()
          .get('/v1/distribution/totals?from=2025-01-01&to=2026-11-16')
          .set('Authorization', reader)
          .expect(400)
      ).body,
      'services.invalid-input',
      {
        field: 'to',
        rule: 'max-range',
      },
    );
    const oslo = await api.bearer({ tenant: OSLO, roles: ['crisis-coordinator'] });
    expect(
      (
        await api
          .http()
          .get('/v1/distribution/totals?from=2026-11-16&to=2026-11-29')
          .set('Authorization', oslo)
          .expect(200)
      ).body.totals,
    ).toEqual([]);
    await api
      .http()
      .get('/v1/distribution/totals?from=2026-11-16&to=2026-11-29')
      .set('Authorization', await api.bearer({ tenant: SKIEN, roles: ['privacy-officer'] }))
      .expect(403);
  });
});
