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

describe('cooperation meetings and escalations (SV-7), tests and vaccinations (SV-8)', () => {
  let api: ServicesTestApp;
  let serviceId: string;
  let lead: string;
  let nurse: string;
  let outsider: string;
  let partnerId: string;

  beforeAll(async () => {
    api = await startServicesApp();
    let teamId: string;
    ({ serviceId, teamId, lead } = await createTeamAndService(api, { name: 'ROP-teamet' }));
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
      subject: 'coach-ola',
    });
    partnerId = (
      await api
        .http()
        .post('/v1/services/partners')
        .set('Authorization', lead)
        .send({ name: 'NAV Skien', kind: 'nav', organisationNumber: '889640782' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => api.close());

  const enrolledClient = async () => {
    const clientId = await registerClient(api, nurse);
    await api
      .http()
      .post(`/v1/services/${serviceId}/enrolments`)
      .set('Authorization', nurse)
      .send({ clientId, reason: 'ROP follow-up' })
      .expect(201);
    return clientId;
  };

  describe('cooperation meetings', () => {
    it('records meetings with partners and lists them newest first', async () => {
      const meet = (heldOn: string) =>
        api
          .http()
          .post(`/v1/services/${serviceId}/cooperation-meetings`)
          .set('Authorization', nurse)
          .send({
            heldOn,
            partnerIds: [partnerId, partnerId],
            topic: 'Housing for people leaving detox',
            summary: 'NAV reserves two flats a month.',
          });
      const first = await meet('2026-10-20').expect(201);
      expect(first.body).toMatchObject({
        serviceId,
        heldOn: '2026-10-20',
        partnerIds: [partnerId],
        recordedBy: 'nurse-anne',
      });
      await meet('2026-11-20').expect(201);
      const list = await api
        .http()
        .get(`/v1/services/${serviceId}/cooperation-meetings`)
        .set('Authorization', lead)
        .expect(200);
      expect(list.body.items.map((m: { heldOn: string }) => m.heldOn)).toEqual([
        '2026-11-20',
        '2026-10-20',
      ]);
      expect(
        await api.auditRows({ resourceType: 'cooperation-meeting', resourceId: first.body.id }),
      ).toEqual([expect.objectContaining({ action: 'create' })]);
    });

    it('refuses unknown partners, no partners and unknown services', async () => {
      const send = (id: string, body: Record<string, unknown>) =>
        api
          .http()
          .post(`/v1/services/${id}/cooperation-meetings`)
          .set('Authorization', nurse)
          .send({ heldOn: '2026-11-20', topic: 'T', summary: 'S', ...body });
      expectProblem(
        (await send(serviceId, { partnerIds: [randomUUID()] }).expect(422)).body,
        'services.unknown-reference',
        { field: 'partnerIds' },
      );
      expectProblem(
        (await send(serviceId, { partnerIds: [] }).expect(400)).body,
        'validation-failed',
        { field: 'partnerIds', rule: 'arrayMinSize' },
      );
      await send(randomUUID(), { partnerIds: [partnerId] }).expect(404);
      const oslo = await api.bearer({ tenant: OSLO, roles: ['staff'] });
      await api
        .http()
        .get(`/v1/services/${serviceId}/cooperation-meetings`)
        .set('Authorization', oslo)
        .expect(404);
    });
  });

  describe('escalations to the cross-agency forum', () => {
    it('escalates a client’s case and records the forum’s outcome with If-Match', async () => {
      const clientId = await enrolledClient();
      const escalated = await api
        .http()
        .post(`/v1/services/${serviceId}/escalations`)
        .set('Authorization', nurse)
        .send({ clientId, forumDate: '2026-12-03', summary: 'No housing offer after three months' })
        .expect(201);
      expect(escalated.headers['etag']).toBe('"1"');
      expect(escalated.body).toMatchObject({
        clientId,
        serviceId,
        status: 'open',
        outcome: null,
        decidedOn: null,
        version: 1,
      });

      const outcome = () =>
        api
          .http()
          .post(`/v1/services/${serviceId}/escalations/${escalated.body.id}/outcome`)
          .set('Authorization', nurse);
      await outcome().send({ outcome: 'NAV offers a flat' }).expect(428);
      await outcome().set('If-Match', '"3"').send({ outcome: 'NAV offers a flat' }).expect(412);
      expectProblem(
        (
          await outcome()
            .set('If-Match', '"1"')
            .send({ outcome: 'x', decidedOn: '2026-11-01' })
            .expect(400)
        ).body,
        'services.invalid-input',
        { field: 'decidedOn' },
      );
      const resolved = await outcome()
        .set('If-Match', '"1"')
        .send({ outcome: 'NAV offers a flat from 1 January', decidedOn: '2026-12-03' })
        .expect(200);
      expect(resolved.headers['etag']).toBe('"2"');
      expect(resolved.body).toMatchObject({
        status: 'resolved',
        outcome: 'NAV offers a flat from 1 January',
        decidedOn: '2026-12-03',
        version: 2,
      });
      expectProblem(
        (await outcome().set('If-Match', '"2"').send({ outcome: 'again' }).expect(409)).body,
        'services.invalid-state-transition',
      );

      const list = await api
        .http()
        .get(`/v1/services/clients/${clientId}/escalations`)
        .set('Authorization', nurse)
        .expect(200);
      expect(list.body.items).toEqual([
        expect.objectContaining({ id: escalated.body.id, status: 'resolved' }),
      ]);
      expect(
        (await api.auditRows({ resourceType: 'escalation', clientId }))
          .map((row) => row.action)
          .sort(),
      ).toEqual(['create', 'search', 'update']);
    });

    it('keeps escalations need-to-know and within the municipality', async () => {
      const clientId = await enrolledClient();
      const send = (token: string) =>
        api
          .http()
          .post(`/v1/services/${serviceId}/escalations`)
          .set('Authorization', token)
          .send({ clientId, forumDate: '2026-12-03', summary: 'Case stuck' });
      await send(outsider).expect(404);
      await api
        .http()
        .get(`/v1/services/clients/${clientId}/escalations`)
        .set('Authorization', outsider)
        .expect(404);
      await api
        .http()
        .get(`/v1/services/clients/${clientId}/escalations`)
        .set('Authorization', outsider)
        .set('X-Break-Glass-Reason', 'Forum secretary preparing the agenda')
        .expect(200);
      const created = await send(nurse).expect(201);
      const oslo = await api.bearer({ tenant: OSLO, roles: ['staff'] });
      await api
        .http()
        .post(`/v1/services/${serviceId}/escalations/${created.body.id}/outcome`)
        .set('Authorization', oslo)
        .set('If-Match', '"1"')
        .send({ outcome: 'x' })
        .expect(404);
      expectProblem(
        (
          await api
            .http()
            .post(`/v1/services/${serviceId}/escalations`)
            .set('Authorization', nurse)
            .send({ clientId, forumDate: 'next month', summary: '' })
            .expect(400)
        ).body,
        'validation-failed',
        {
          field: 'forumDate',
        },
      );
    });
  });

  describe('tests and vaccinations', () => {
    it('records tests and vaccinations at the service and lists a client’s, newest first', async () => {
      const clientId = await enrolledClient();
      const record = (body: Record<string, unknown>) =>
        api
          .http()
          .post(`/v1/services/${serviceId}/health-measures`)
          .set('Authorization', nurse)
          .send({ clientId, ...body });
      const test = await record({
        kind: 'test',
        code: 'hepatitis-c',
        result: 'pending',
        performedAt: '2026-11-23T08:30:00+01:00',
      }).expect(201);
      expect(test.body).toMatchObject({
        kind: 'test',
        code: 'hepatitis-c',
        result: 'pending',
        serviceId,
        recordedBy: 'nurse-anne',
      });
      const vaccine = await record({ kind: 'vaccination', code: 'covid-19' }).expect(201);
      expect(vaccine.body).toMatchObject({ result: null, performedAt: '2026-11-23T09:00:00.000Z' });

      const list = await api
        .http()
        .get(`/v1/services/clients/${clientId}/health-measures`)
        .set('Authorization', nurse)
        .expect(200);
      expect(list.body.items.map((m: { code: string }) => m.code)).toEqual([
        'covid-19',
        'hepatitis-c',
      ]);
      expect(
        (await api.auditRows({ resourceType: 'health-measure', clientId }))
          .map((row) => row.action)
          .sort(),
      ).toEqual(['create', 'create', 'search']);
    });

    it('refuses a result on a vaccination, a code of the other kind, a missing test result and the future', async () => {
      const clientId = await enrolledClient();
      const record = (body: Record<string, unknown>) =>
        api
          .http()
          .post(`/v1/services/${serviceId}/health-measures`)
          .set('Authorization', nurse)
          .send({ clientId, ...body });
      expectProblem(
        (await record({ kind: 'vaccination', code: 'covid-19', result: 'negative' }).expect(400))
          .body,
        'services.invalid-input',
        { field: 'result', rule: 'only-for-tests' },
      );
      expectProblem(
        (await record({ kind: 'vaccination', code: 'hiv' }).expect(400)).body,
        'services.invalid-input',
        { field: 'code', rule: 'one-of' },
      );
      expectProblem(
        (await record({ kind: 'test', code: 'hiv' }).expect(400)).body,
        'services.invalid-input',
        { field: 'result', rule: 'required' },
      );
      expectProblem(
        (
          await record({
            kind: 'test',
            code: 'hiv',
            result: 'pending',
            performedAt: '2026-11-24T08:00:00+01:00',
          }).expect(400)
        ).body,
        'services.invalid-input',
        {
          field: 'performedAt',
        },
      );
      expect(await api.count('health_measure', 'client_id = $1', [clientId])).toBe(0);
    });

    it('keeps a client’s tests need-to-know', async () => {
      const clientId = await enrolledClient();
      await api
        .http()
        .post(`/v1/services/${serviceId}/health-measures`)
        .set('Authorization', outsider)
        .send({ clientId, kind: 'vaccination', code: 'influenza' })
        .expect(404);
      await api
        .http()
        .get(`/v1/services/clients/${clientId}/health-measures`)
        .set('Authorization', outsider)
        .expect(404);
      const oslo = await api.bearer({ tenant: OSLO, roles: ['staff'] });
      await api
        .http()
        .post(`/v1/services/${serviceId}/health-measures`)
        .set('Authorization', oslo)
        .send({ clientId, kind: 'vaccination', code: 'influenza' })
        .expect(404);
    });
  });
});
