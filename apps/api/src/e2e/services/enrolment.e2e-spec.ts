import { randomUUID } from 'node:crypto';
import {
  OSLO,
  SKIEN,
  TODAY,
  createTeamAndService,
  expectProblem,
  registerClient,
  startServicesApp,
  type ServicesTestApp,
} from './services-e2e';

describe('enrolment of clients in services (SV-3) and the care relation it gives (X-2)', () => {
  let api: ServicesTestApp;
  let serviceId: string;
  let teamId: string;
  let nurse: string;
  let teamMate: string;
  let outsider: string;
  let otherTeam: { teamId: string; serviceId: string };

  beforeAll(async () => {
    api = await startServicesApp();
    ({ serviceId, teamId } = await createTeamAndService(api, { name: 'Lavterskel' }));
    nurse = await api.bearer({
      tenant: SKIEN,
      roles: ['staff'],
      teams: [teamId],
      subject: 'nurse-anne',
    });
    teamMate = await api.bearer({
      tenant: SKIEN,
      roles: ['staff'],
      teams: [teamId],
      subject: 'nurse-bo',
    });
    otherTeam = await createTeamAndService(api, { name: 'Aktivitet' });
    outsider = await api.bearer({
      tenant: SKIEN,
      roles: ['staff'],
      teams: [otherTeam.teamId],
      subject: 'coach-ola',
    });
  });
  afterAll(() => api.close());

  const enrol = (clientId: string, token = nurse, extra: Record<string, unknown> = {}) =>
    api
      .http()
      .post(`/v1/services/${serviceId}/enrolments`)
      .set('Authorization', token)
      .send({ clientId, reason: 'Walked in, wants LAR', ...extra });
  const clientEnrolments = (clientId: string, token: string) =>
    api.http().get(`/v1/services/clients/${clientId}/enrolments`).set('Authorization', token);
  /** A client registered by `token`'s holder, who is its primary contact. */
  const newClient = (token = nurse) => registerClient(api, token);

  it("lets the client's primary contact enrol them in their team's service, audited, with an ETag", async () => {
    const clientId = await newClient();
    const response = await enrol(clientId).expect(201);
    expect(response.headers['etag']).toBe('"1"');
    expect(response.body).toMatchObject({
      clientId,
      serviceId,
      startedOn: TODAY,
      endedOn: null,
      reason: 'Walked in, wants LAR',
      createdBy: 'nurse-anne',
      version: 1,
    });
    expect(await api.auditRows({ resourceType: 'enrolment', clientId })).toEqual([
      expect.objectContaining({
        action: 'create',
        resource_id: response.body.id,
        actor_subject: 'nurse-anne',
      }),
    ]);
  });

  it('refuses a second open enrolment: 10 parallel attempts give one 201 and nine 409s', async () => {
    const clientId = await newClient();
    const responses = await Promise.all(Array.from({ length: 10 }, () => enrol(clientId)));
    expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    for (const refused of responses.filter((r) => r.status === 409)) {
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expectProblem(refused.body, 'services.already-enrolled', {
        field: 'clientId',
        rule: 'one-open-enrolment',
      });
    }
    expect(await api.count('enrolment', 'client_id = $1', [clientId])).toBe(1);
  });

  it("shows a client's services to their care team; anyone else gets 404 unless they break the glass", async () => {
    const clientId = await newClient();
    await enrol(clientId).expect(201);
    const own = await clientEnrolments(clientId, nurse).expect(200);
    expect(own.body.items).toEqual([expect.objectContaining({ clientId, serviceId })]);

    expect((await clientEnrolments(clientId, outsider).expect(404)).body.code).toBe('not-found');
    expectProblem(
      (await clientEnrolments(clientId, outsider).set('X-Break-Glass-Reason', 'urgent').expect(400))
        .body,
      'kernel.break-glass-reason-too-short',
      {
        field: 'X-Break-Glass-Reason',
      },
    );
    await clientEnrolments(clientId, outsider)
      .set('X-Break-Glass-Reason', 'Client collapsed at the activity centre')
      .expect(200);
    const audit = await api.auditRows({ resourceType: 'client', clientId });
    // The registration (create), the refused attempt and the one break-glass, in any order: the
    // clock is fixed.
    expect(audit).toHaveLength(3);
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'create', actor_subject: 'nurse-anne' }),
        expect.objectContaining({ action: 'denied', actor_subject: 'coach-ola' }),
        expect.objectContaining({
          action: 'break-glass',
          actor_subject: 'coach-ola',
          reason: 'Client collapsed at the activity centre',
        }),
      ]),
    );
    expect(
      (await api.auditRows({ resourceType: 'enrolment', clientId }))
        .map((row) => `${row.action}:${row.actor_subject}`)
        .sort(),
    ).toEqual(['create:nurse-anne', 'search:coach-ola', 'search:nurse-anne']);
  });

  it('lets no one else enrol a client they have no relation to', async () => {
    const clientId = await newClient();
    await enrol(clientId, outsider).expect(404);
    expect(await api.count('enrolment', 'client_id = $1', [clientId])).toBe(0);
  });

  it("shows a service's clients to its team only, or with a break-glass reason", async () => {
    const clientId = await newClient();
    await enrol(clientId, nurse, { startedOn: '2026-11-01' }).expect(201);
    const list = await api
      .http()
      .get(`/v1/services/${serviceId}/enrolments?activeOn=2026-11-02&limit=100`)
      .set('Authorization', nurse)
      .expect(200);
    expect(list.body.items).toContainEqual(expect.objectContaining({ clientId }));
    const before = await api
      .http()
      .get(`/v1/services/${serviceId}/enrolments?activeOn=2026-10-31&limit=100`)
      .set('Authorization', nurse)
      .expect(200);
    expect(before.body.items).not.toContainEqual(expect.objectContaining({ clientId }));

    const roster = await api.auditRows({ resourceType: 'enrolment', resourceId: serviceId });
    expect(roster).toContainEqual(
      expect.objectContaining({ action: 'search', actor_subject: 'nurse-anne' }),
    );
    await api
      .http()
      .get(`/v1/services/${serviceId}/enrolments`)
      .set('Authorization', outsider)
      .expect(404);
    await api
      .http()
      .get(`/v1/services/${serviceId}/enrolments`)
      .set('Authorization', outsider)
      .set('X-Break-Glass-Reason', 'Coordinating a crisis visit tonight')
      .expect(200);
    expect(await api.auditRows({ resourceType: 'service', resourceId: serviceId })).toContainEqual(
      expect.objectContaining({
        action: 'break-glass',
        actor_subject: 'coach-ola',
        reason: 'Coordinating a crisis visit tonight',
      }),
    );
  });

  it('ends an enrolment with If-Match, after which the team no longer has a care relation', async () => {
    // nurse-bo is the primary contact; nurse-anne serves the client through the enrolment only.
    const clientId = await newClient(teamMate);
    const created = await enrol(clientId, teamMate, { startedOn: '2026-11-01' }).expect(201);
    await clientEnrolments(clientId, nurse).expect(200);
    const end = () =>
      api
        .http()
        .post(`/v1/services/${serviceId}/enrolments/${created.body.id}/end`)
        .set('Authorization', nurse);
    expectProblem(
      (await end().send({ endReason: 'Moved' }).expect(428)).body,
      'kernel.precondition-required',
    );
    expectProblem(
      (await end().set('If-Match', '"7"').send({ endReason: 'Moved' }).expect(412)).body,
      'kernel.concurrent-modification',
    );
    expectProblem(
      (
        await end()
          .set('If-Match', '"1"')
          .send({ endReason: 'Moved', endedOn: '2026-10-01' })
          .expect(400)
      ).body,
      'services.invalid-input',
      {
        field: 'endedOn',
        rule: 'not-before-start',
      },
    );
    const ended = await end()
      .set('If-Match', '"1"')
      .send({ endReason: 'Moved to Porsgrunn', endedOn: '2026-11-22' })
      .expect(200);
    expect(ended.headers['etag']).toBe('"2"');
    expect(ended.body).toMatchObject({
      endedOn: '2026-11-22',
      endReason: 'Moved to Porsgrunn',
      version: 2,
    });

    expect(
      await api.auditRows({ resourceType: 'enrolment', resourceId: created.body.id }),
    ).toContainEqual(expect.objectContaining({ action: 'update', client_id: clientId }));
    await clientEnrolments(clientId, nurse).expect(404);
    await end()
      .set('If-Match', '"2"')
      .set('X-Break-Glass-Reason', 'Correcting the end date today')
      .send({ endReason: 'again' })
      .expect(409);
    await enrol(clientId).expect(404);
    await enrol(clientId, teamMate).expect(201);
  });

  it('refuses bad input naming each field, and unknown services', async () => {
    const bad = await api
      .http()
      .post(`/v1/services/${serviceId}/enrolments`)
      .set('Authorization', nurse)
      .send({ clientId: 'nobody', reason: '', startedOn: '2026-13-01', priority: 1 })
      .expect(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'clientId', rule: 'isUuid' }),
        expect.objectContaining({ field: 'reason', rule: 'isNotEmpty' }),
        expect.objectContaining({ field: 'startedOn', rule: 'isCalendarDate' }),
        expect.objectContaining({ field: 'priority', rule: 'unknown-property' }),
      ]),
    );
    await api
      .http()
      .post(`/v1/services/${randomUUID()}/enrolments`)
      .set('Authorization', nurse)
      .send({ clientId: randomUUID(), reason: 'x' })
      .expect(404);
    await api
      .http()
      .get('/v1/services/clients/not-a-uuid/enrolments')
      .set('Authorization', nurse)
      .expect(400);
  });

  it("never shows one municipality's enrolments to another, even with the same team ids", async () => {
    const clientId = await newClient();
    await enrol(clientId).expect(201);
    const oslo = await api.bearer({ tenant: OSLO, roles: ['staff'], teams: [teamId] });
    await clientEnrolments(clientId, oslo).expect(404);
    await api
      .http()
      .get(`/v1/services/${serviceId}/enrolments`)
      .set('Authorization', oslo)
      .expect(404);
    await api
      .http()
      .post(`/v1/services/${serviceId}/enrolments`)
      .set('Authorization', oslo)
      .send({ clientId, reason: 'x' })
      .expect(404);
  });

  describe('need-to-know: enrolling is no way round it (issue 10)', () => {
    /** A client of team B only: registered by its coach, enrolled in team B's service. */
    const teamBClient = async () => {
      const clientId = await newClient(outsider);
      await api
        .http()
        .post(`/v1/services/${otherTeam.serviceId}/enrolments`)
        .set('Authorization', outsider)
        .send({ clientId, reason: 'Activity group' })
        .expect(201);
      return clientId;
    };
    const clientRecord = (clientId: string, token: string, path = '') =>
      api.http().get(`/v1/clients/${clientId}${path}`).set('Authorization', token);

    it('refuses team A staff enrolling a client of team B only: 404, nothing enrolled, the record stays closed', async () => {
      const clientId = await teamBClient();
      const refused = await enrol(clientId).expect(404);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expectProblem(refused.body, 'not-found');
      expect(
        await api.count('enrolment', 'client_id = $1 AND service_id = $2', [clientId, serviceId]),
      ).toBe(0);
      const roster = await api
        .http()
        .get(`/v1/services/${serviceId}/enrolments?limit=100`)
        .set('Authorization', nurse)
        .expect(200);
      expect(roster.body.items).not.toContainEqual(expect.objectContaining({ clientId }));
      await clientRecord(clientId, nurse).expect(404);
      await clientRecord(clientId, nurse, '/fhir').expect(404);
      await clientEnrolments(clientId, nurse).expect(404);
      expect(await api.auditRows({ resourceType: 'client', clientId })).not.toContainEqual(
        expect.objectContaining({ action: 'break-glass' }),
      );
    });

    it('lets team A enrol them on a written break-glass reason, audited as break-glass', async () => {
      const clientId = await teamBClient();
      expectProblem(
        (await enrol(clientId).set('X-Break-Glass-Reason', 'urgent').expect(400)).body,
        'kernel.break-glass-reason-too-short',
        { field: 'X-Break-Glass-Reason' },
      );
      const reason = 'Moving to our LAR programme today, coach is away';
      const created = await enrol(clientId).set('X-Break-Glass-Reason', reason).expect(201);
      const officer = await api.bearer({
        tenant: SKIEN,
        roles: ['privacy-officer'],
        subject: 'officer-kari',
      });
      const events = await api
        .http()
        .get(`/v1/audit-events?clientId=${clientId}&actorSubject=nurse-anne&limit=100`)
        .set('Authorization', officer)
        .expect(200);
      expect(events.body.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: 'break-glass', resourceType: 'client', reason }),
          expect.objectContaining({
            action: 'create',
            resourceType: 'enrolment',
            resourceId: created.body.id,
          }),
        ]),
      );
      await clientRecord(clientId, nurse).expect(200);
    });

    it('refuses a client id the registry does not know, even with a break-glass reason, and writes nothing', async () => {
      const clientId = randomUUID();
      const refused = await enrol(clientId)
        .set('X-Break-Glass-Reason', 'Client says they are registered here')
        .expect(404);
      expectProblem(refused.body, 'not-found');
      expect(await api.count('enrolment', 'client_id = $1', [clientId])).toBe(0);
      expect(
        await api.db.dataSource.query('SELECT id FROM kernel.audit_event WHERE client_id = $1', [
          clientId,
        ]),
      ).toEqual([]);
    });

    it('still lets the staff member who registered a client enrol them, after which their team serves the client', async () => {
      const clientId = await newClient();
      await clientRecord(clientId, teamMate).expect(404);
      await enrol(clientId).expect(201);
      await clientRecord(clientId, teamMate).expect(200);
    });
  });

  it('is for care staff only', async () => {
    const coordinator = await api.bearer({
      tenant: SKIEN,
      roles: ['crisis-coordinator'],
      teams: [teamId],
    });
    await enrol(randomUUID(), coordinator).expect(403);
    await clientEnrolments(randomUUID(), coordinator).expect(403);
  });
});
