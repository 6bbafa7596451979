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

describe('outreach: fixed places, ambulant requests and missions, contacts met (SV-6)', () => {
  let api: ServicesTestApp;
  let serviceId: string;
  let lead: string;
  let nurse: string;
  let outsider: string;
  let anne: string;
  let ola: string;

  beforeAll(async () => {
    api = await startServicesApp();
    let teamId: string;
    ({ serviceId, teamId, lead } = await createTeamAndService(api, { name: 'Ambulant team' }));
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
    anne = (
      await api
        .http()
        .post('/v1/staff/members')
        .set('Authorization', lead)
        .send({ name: 'Anne Hansen' })
        .expect(201)
    ).body.id;
    ola = (
      await api
        .http()
        .post('/v1/staff/members')
        .set('Authorization', lead)
        .send({ name: 'Ola Berg' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => api.close());

  const post = (path: string, body: Record<string, unknown>, token = nurse) =>
    api.http().post(path).set('Authorization', token).send(body);
  const mission = (body: Record<string, unknown>, token = nurse) =>
    post(
      '/v1/outreach/missions',
      {
        serviceId,
        plannedAt: '2026-11-23T13:00:00+01:00',
        location: 'Bølevegen 12',
        staffIds: [anne],
        ...body,
      },
      token,
    );

  describe('fixed places at fixed times', () => {
    it('sets up a weekly place and expands its visits', async () => {
      const place = await post(
        '/v1/outreach/places',
        {
          serviceId,
          name: 'Skien stasjon',
          schedule: [
            { weekday: 2, opens: '20:00', closes: '22:00' },
            { weekday: 5, opens: '12:00', closes: '14:00' },
          ],
          activeFrom: '2026-11-01',
        },
        lead,
      ).expect(201);
      expect(place.body).toMatchObject({
        serviceId,
        name: 'Skien stasjon',
        description: null,
        activeTo: null,
      });
      const visits = await api
        .http()
        .get(`/v1/outreach/places/${place.body.id}/visits?from=2026-11-23&to=2026-11-29`)
        .set('Authorization', nurse)
        .expect(200);
      expect(visits.body.visits).toEqual([
        { placeId: place.body.id, date: '2026-11-24', start: '20:00', end: '22:00' },
        { placeId: place.body.id, date: '2026-11-27', start: '12:00', end: '14:00' },
      ]);
      const list = await api
        .http()
        .get(`/v1/outreach/places?serviceId=${serviceId}`)
        .set('Authorization', nurse)
        .expect(200);
      expect(list.body.items).toEqual([expect.objectContaining({ id: place.body.id })]);
      expect(
        await api.auditRows({ resourceType: 'outreach-place', resourceId: place.body.id }),
      ).toEqual([expect.objectContaining({ action: 'create' })]);
      expectProblem(
        (
          await api
            .http()
            .get(`/v1/outreach/places/${place.body.id}/visits?from=2026-11-23&to=2027-06-01`)
            .set('Authorization', nurse)
            .expect(400)
        ).body,
        'services.invalid-input',
        {
          field: 'to',
          rule: 'max-range',
        },
      );
      const oslo = await api.bearer({ tenant: OSLO, roles: ['staff'] });
      await api
        .http()
        .get(`/v1/outreach/places/${place.body.id}/visits?from=2026-11-23&to=2026-11-29`)
        .set('Authorization', oslo)
        .expect(404);
    });

    it('refuses an empty or clashing schedule and an unknown service', async () => {
      const body = { serviceId, name: 'Park', activeFrom: '2026-11-01' };
      expectProblem(
        (await post('/v1/outreach/places', { ...body, schedule: [] }, lead).expect(400)).body,
        'validation-failed',
        { field: 'schedule' },
      );
      const clash = await post(
        '/v1/outreach/places',
        {
          ...body,
          schedule: [
            { weekday: 1, opens: '10:00', closes: '12:00' },
            { weekday: 1, opens: '11:00', closes: '13:00' },
          ],
        },
        lead,
      ).expect(400);
      expectProblem(clash.body, 'services.invalid-input', {
        field: 'schedule[1]',
        rule: 'no-overlap',
      });
      expectProblem(
        (
          await post(
            '/v1/outreach/places',
            {
              ...body,
              serviceId: randomUUID(),
              schedule: [{ weekday: 1, opens: '10:00', closes: '12:00' }],
            },
            lead,
          ).expect(422)
        ).body,
        'services.unknown-reference',
      );
      await post(
        '/v1/outreach/places',
        { ...body, schedule: [{ weekday: 1, opens: '10:00', closes: '12:00' }] },
        nurse,
      ).expect(403);
    });
  });

  describe('ambulant requests and missions', () => {
    it('queues a request, plans a two-staff mission for a violence-risk client, and closes both on completion', async () => {
      const clientId = await registerClient(api, nurse);
      const request = await post('/v1/outreach/requests', {
        serviceId,
        clientId,
        channel: 'phone',
        location: 'Bølevegen 12',
        need: 'Wound care',
      }).expect(201);
      expect(request.body).toMatchObject({
        status: 'open',
        clientId,
        channel: 'phone',
        receivedAt: '2026-11-23T09:00:00.000Z',
      });
      const queue = await api
        .http()
        .get(`/v1/outreach/requests?serviceId=${serviceId}&status=open`)
        .set('Authorization', nurse)
        .expect(200);
      expect(queue.body.items.map((r: { id: string }) => r.id)).toContain(request.body.id);
      // Its creation, and the queue that showed it (audited per client shown); one fixed instant,
      // so in either order.
      const rows = await api.auditRows({ resourceType: 'outreach-request', clientId });
      expect(rows).toHaveLength(2);
      expect(rows).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: 'create', resource_id: request.body.id }),
          expect.objectContaining({ action: 'search', resource_id: serviceId }),
        ]),
      );
      expect(
        await api.auditRows({ resourceType: 'outreach-request', resourceId: serviceId }),
      ).toContainEqual(expect.objectContaining({ action: 'search' }));

      const planned = await mission({
        requestId: request.body.id,
        twoStaffRequested: true,
        staffIds: [anne, ola],
      }).expect(201);
      expect(planned.headers['etag']).toBe('"1"');
      expect(planned.body).toMatchObject({
        requestId: request.body.id,
        clientId,
        twoStaffRequired: true,
        staffIds: [anne, ola],
        status: 'planned',
      });
      const assigned = await api
        .http()
        .get(`/v1/outreach/requests?serviceId=${serviceId}&status=assigned`)
        .set('Authorization', nurse)
        .expect(200);
      expect(assigned.body.items.map((r: { id: string }) => r.id)).toContain(request.body.id);
      expectProblem(
        (await mission({ requestId: request.body.id, staffIds: [anne] }).expect(409)).body,
        'services.invalid-state-transition',
        { field: 'requestId' },
      );

      const complete = () =>
        api
          .http()
          .post(`/v1/outreach/missions/${planned.body.id}/completion`)
          .set('Authorization', nurse);
      await complete().send({ status: 'completed', outcome: 'Wound dressed' }).expect(428);
      const done = await complete()
        .set('If-Match', '"1"')
        .send({ status: 'completed', outcome: 'Wound dressed, naloxone handed out' })
        .expect(200);
      expect(done.body).toMatchObject({
        status: 'completed',
        outcome: 'Wound dressed, naloxone handed out',
        version: 2,
      });
      expectProblem(
        (
          await complete()
            .set('If-Match', '"2"')
            .send({ status: 'cancelled', outcome: 'x' })
            .expect(409)
        ).body,
        'services.invalid-state-transition',
      );
      const closed = await api
        .http()
        .get(`/v1/outreach/requests?serviceId=${serviceId}&status=closed`)
        .set('Authorization', nurse)
        .expect(200);
      expect(closed.body.items.map((r: { id: string }) => r.id)).toContain(request.body.id);
      expect(
        (await api.auditRows({ resourceType: 'mission', clientId }))
          .map((row) => row.action)
          .sort(),
      ).toEqual(['create', 'update']);
    });

    it('reads the violence-risk flag from the client record, whatever the request says, and saves nothing when refused', async () => {
      const clientId = await registerClient(api, nurse);
      const flag = (method: 'put' | 'delete') =>
        api
          .http()
          [method](`/v1/clients/${clientId}/vulnerability-flags/violence-risk`)
          .set('Authorization', nurse);
      await flag('put').send({ note: 'Threatened staff in October' }).expect(200);
      const before = await api.count('mission');

      for (const claim of [{}, { twoStaffRequested: false }]) {
        const alone = await mission({ clientId, staffIds: [anne], ...claim }).expect(422);
        expect(alone.headers['content-type']).toMatch(/^application\/problem\+json/);
        expectProblem(alone.body, 'services.two-staff-required', {
          field: 'staffIds',
          rule: 'two-staff-required',
        });
      }
      await mission({ clientId, staffIds: [anne, anne] }).expect(422);
      // The old field that let the caller deny the risk is gone: naming it is refused.
      expectProblem(
        (await mission({ clientId, staffIds: [anne], clientHasViolenceRisk: false }).expect(400))
          .body,
        'validation-failed',
        { field: 'clientHasViolenceRisk' },
      );
      expect(await api.count('mission')).toBe(before);

      const pair = await mission({ clientId, staffIds: [anne, ola] }).expect(201);
      expect(pair.body).toMatchObject({ clientId, twoStaffRequired: true });
      expect(await api.count('mission')).toBe(before + 1);

      await flag('delete').expect(204);
      const single = await mission({ clientId, staffIds: [anne] }).expect(201);
      expect(single.body).toMatchObject({ clientId, twoStaffRequired: false });
    });

    it('lets the caller raise the requirement for a client without a flag', async () => {
      const clientId = await registerClient(api, nurse);
      expectProblem(
        (await mission({ clientId, staffIds: [anne], twoStaffRequested: true }).expect(422)).body,
        'services.two-staff-required',
        { field: 'staffIds' },
      );
      const raised = await mission({
        clientId,
        staffIds: [anne, ola],
        twoStaffRequested: true,
      }).expect(201);
      expect(raised.body.twoStaffRequired).toBe(true);
    });

    it('refuses unknown staff, an unknown service and bad input', async () => {
      expectProblem(
        (await mission({ staffIds: [anne, randomUUID()] }).expect(422)).body,
        'services.unknown-reference',
        { field: 'staffIds' },
      );
      expectProblem(
        (await mission({ serviceId: randomUUID() }).expect(422)).body,
        'services.unknown-reference',
        { field: 'serviceId' },
      );
      const bad = await mission({
        staffIds: [],
        plannedAt: 'tomorrow',
        twoStaffRequested: 'yes',
      }).expect(400);
      expect(bad.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'staffIds', rule: 'arrayMinSize' }),
          expect.objectContaining({ field: 'plannedAt', rule: 'isTimestamp' }),
          expect.objectContaining({ field: 'twoStaffRequested', rule: 'isBoolean' }),
        ]),
      );
    });

    it('puts the request back in the queue when its mission is cancelled', async () => {
      const request = await post('/v1/outreach/requests', {
        serviceId,
        channel: 'text-message',
        location: 'Kulturhuset',
        need: 'Clean equipment',
      }).expect(201);
      const planned = await mission({ requestId: request.body.id }).expect(201);
      await api
        .http()
        .post(`/v1/outreach/missions/${planned.body.id}/completion`)
        .set('Authorization', nurse)
        .set('If-Match', '"1"')
        .send({ status: 'cancelled', outcome: 'Car broke down' })
        .expect(200);
      const open = await api
        .http()
        .get(`/v1/outreach/requests?serviceId=${serviceId}&status=open&limit=100`)
        .set('Authorization', nurse)
        .expect(200);
      expect(open.body.items.map((r: { id: string }) => r.id)).toContain(request.body.id);
    });

    it("keeps a client's missions and the team's queue need-to-know", async () => {
      const clientId = await registerClient(api, nurse);
      const planned = await mission({ clientId }).expect(201);
      await api
        .http()
        .get(`/v1/outreach/missions/${planned.body.id}`)
        .set('Authorization', outsider)
        .expect(404);
      await api
        .http()
        .get(`/v1/outreach/requests?serviceId=${serviceId}`)
        .set('Authorization', outsider)
        .expect(404);
      await mission({ clientId }, outsider).expect(404);
      const read = await api
        .http()
        .get(`/v1/outreach/missions/${planned.body.id}`)
        .set('Authorization', outsider)
        .set('X-Break-Glass-Reason', 'Client reported missing by family')
        .expect(200);
      expect(read.headers['etag']).toBe('"1"');
      expect(
        await api.auditRows({ resourceType: 'mission', resourceId: planned.body.id }),
      ).toContainEqual(
        expect.objectContaining({
          action: 'read',
          actor_subject: 'coach-ola',
          client_id: clientId,
        }),
      );
      const oslo = await api.bearer({ tenant: OSLO, roles: ['staff'] });
      await api
        .http()
        .get(`/v1/outreach/missions/${planned.body.id}`)
        .set('Authorization', oslo)
        .set('X-Break-Glass-Reason', 'Client reported missing by family')
        .expect(404);
    });
  });

  describe('contacts met', () => {
    it('records a new anonymous contact with symptoms that warrant testing, and a known client with a referral', async () => {
      const place = await post(
        '/v1/outreach/places',
        {
          serviceId,
          name: `Torget ${randomUUID().slice(0, 4)}`,
          schedule: [{ weekday: 1, opens: '09:00', closes: '11:00' }],
          activeFrom: '2026-11-01',
        },
        lead,
      ).expect(201);
      const anonymous = await post('/v1/outreach/contacts', {
        serviceId,
        placeId: place.body.id,
        newContact: true,
        symptoms: ['fever', 'cough'],
        referrals: [],
      }).expect(201);
      expect(anonymous.body).toMatchObject({
        clientId: null,
        newContact: true,
        symptoms: ['fever', 'cough'],
        testingAdvised: true,
        placeId: place.body.id,
      });

      const clientId = await registerClient(api, nurse);
      const known = await post('/v1/outreach/contacts', {
        serviceId,
        clientId,
        newContact: false,
        symptoms: ['abscess'],
        referrals: ['gp', 'emergency-room'],
      }).expect(201);
      expect(known.body).toMatchObject({
        clientId,
        testingAdvised: false,
        referrals: ['gp', 'emergency-room'],
      });
      await api
        .http()
        .post(`/v1/services/${serviceId}/enrolments`)
        .set('Authorization', nurse)
        .send({ clientId, reason: 'Met on outreach' })
        .expect(201);
      const list = await api
        .http()
        .get(`/v1/outreach/contacts?clientId=${clientId}`)
        .set('Authorization', nurse)
        .expect(200);
      expect(list.body.items).toEqual([expect.objectContaining({ id: known.body.id })]);
      await api
        .http()
        .get(`/v1/outreach/contacts?clientId=${clientId}`)
        .set('Authorization', outsider)
        .expect(404);
      expect(
        (await api.auditRows({ resourceType: 'outreach-contact', clientId }))
          .map((row) => row.action)
          .sort(),
      ).toEqual(['create', 'search']);
    });

    it('refuses unknown symptoms, repeated referrals and a mission of another service', async () => {
      expectProblem(
        (
          await post('/v1/outreach/contacts', {
            serviceId,
            newContact: true,
            symptoms: ['sneezing'],
            referrals: [],
          }).expect(400)
        ).body,
        'validation-failed',
        {
          field: 'symptoms',
          rule: 'isIn',
        },
      );
      expectProblem(
        (
          await post('/v1/outreach/contacts', {
            serviceId,
            newContact: true,
            symptoms: [],
            referrals: ['gp', 'gp'],
          }).expect(400)
        ).body,
        'services.invalid-input',
        {
          field: 'referrals',
        },
      );
      expectProblem(
        (
          await post('/v1/outreach/contacts', {
            serviceId,
            missionId: randomUUID(),
            newContact: true,
            symptoms: [],
            referrals: [],
          }).expect(422)
        ).body,
        'services.unknown-reference',
        {
          field: 'missionId',
        },
      );
    });
  });
});
