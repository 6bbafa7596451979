import { randomUUID } from 'node:crypto';
import { fhirValidationErrors } from '@lavterskel/fhir-validator';
import {
  NOW,
  OSLO,
  SKIEN,
  createTeamAndService,
  expectProblem,
  startServicesApp,
  type ServicesTestApp,
} from './services-e2e';

describe('service catalogue and modes (SV-1)', () => {
  let api: ServicesTestApp;
  let lead: string;
  let coordinator: string;
  let staff: string;

  beforeAll(async () => {
    api = await startServicesApp();
    lead = await api.bearer({ tenant: SKIEN, roles: ['team-lead'], subject: 'lead-per' });
    coordinator = await api.bearer({
      tenant: SKIEN,
      roles: ['crisis-coordinator'],
      subject: 'coordinator-kari',
    });
    staff = await api.bearer({ tenant: SKIEN, roles: ['staff'], subject: 'nurse-anne' });
  });
  afterAll(() => api.close());

  const newTeam = async (name = `Team ${randomUUID().slice(0, 8)}`) =>
    (await api.http().post('/v1/staff/teams').set('Authorization', lead).send({ name }).expect(201))
      .body.id as string;

  const serviceBody = (teamId: string, name = `Service ${randomUUID().slice(0, 8)}`) => ({
    teamId,
    name,
    category: 'low-threshold',
    location: { name: 'MMO-senteret', address: 'Kverndalsgata 7, 3717 Skien' },
    openingHours: [
      { weekday: 1, opens: '08:30', closes: '11:30' },
      { weekday: 1, opens: '12:00', closes: '15:00' },
    ],
    capacity: 5,
    critical: true,
    requiredCompetencies: ['lar-dispensing'],
  });

  describe('adding and reading services', () => {
    it('adds a service that starts open, with an ETag, and reads it back', async () => {
      const teamId = await newTeam();
      const created = await api
        .http()
        .post('/v1/services')
        .set('Authorization', lead)
        .send(serviceBody(teamId, 'LAR-utdeling'))
        .expect(201);
      expect(created.headers['etag']).toBe('"1"');
      expect(created.body).toMatchObject({
        teamId,
        name: 'LAR-utdeling',
        mode: 'open',
        modeChangedAt: null,
        version: 1,
        capacity: 5,
        critical: true,
      });

      const read = await api
        .http()
        .get(`/v1/services/${created.body.id}`)
        .set('Authorization', staff)
        .expect(200);
      expect(read.body).toEqual(created.body);
      expect(read.headers['etag']).toBe('"1"');
      expect(await api.auditRows({ resourceType: 'service', resourceId: created.body.id })).toEqual(
        [
          expect.objectContaining({
            action: 'create',
            actor_subject: 'lead-per',
            tenant_id: SKIEN,
          }),
        ],
      );
    });

    it('lists by name and filters by category, criticality, team and mode, page by page', async () => {
      const teamId = await newTeam();
      for (const name of ['C list', 'A list', 'B list']) {
        await api
          .http()
          .post('/v1/services')
          .set('Authorization', lead)
          .send({ ...serviceBody(teamId, name), critical: name !== 'B list' })
          .expect(201);
      }
      const first = await api
        .http()
        .get(`/v1/services?teamId=${teamId}&limit=2`)
        .set('Authorization', staff)
        .expect(200);
      expect(first.body.items.map((s: { name: string }) => s.name)).toEqual(['A list', 'B list']);
      const second = await api
        .http()
        .get(`/v1/services?teamId=${teamId}&limit=2&cursor=${first.body.nextCursor}`)
        .set('Authorization', staff)
        .expect(200);
      expect(second.body).toMatchObject({
        items: [expect.objectContaining({ name: 'C list' })],
        nextCursor: null,
      });
      const critical = await api
        .http()
        .get(`/v1/services?teamId=${teamId}&critical=false&mode=open&category=low-threshold`)
        .set('Authorization', staff)
        .expect(200);
      expect(critical.body.items.map((s: { name: string }) => s.name)).toEqual(['B list']);
    });

    it('refuses bad input with 400 problem+json naming each field and rule, and saves nothing', async () => {
      const teamId = await newTeam();
      const response = await api
        .http()
        .post('/v1/services')
        .set('Authorization', lead)
        .send({
          ...serviceBody(teamId, 'Bad'),
          category: 'spa',
          capacity: -2,
          mode: 'closed',
          openingHours: [{ weekday: 9, opens: '8', closes: '07:00' }],
        })
        .expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'category', rule: 'isIn' }),
          expect.objectContaining({ field: 'capacity', rule: 'min' }),
          expect.objectContaining({ field: 'mode', rule: 'unknown-property' }),
          expect.objectContaining({ field: 'openingHours[0].weekday', rule: 'max' }),
          expect.objectContaining({ field: 'openingHours[0].opens', rule: 'matches' }),
        ]),
      );
      const overlapping = await api
        .http()
        .post('/v1/services')
        .set('Authorization', lead)
        .send({
          ...serviceBody(teamId, 'Bad'),
          openingHours: [{ weekday: 2, opens: '10:00', closes: '09:00' }],
        })
        .expect(400);
      expectProblem(overlapping.body, 'services.invalid-input', {
        field: 'openingHours[0].closes',
        rule: 'after-opens',
      });
      expect(await api.count('service', 'name = $1', ['Bad'])).toBe(0);
    });

    it('answers an unknown team with 422 naming teamId, and a taken name with 409', async () => {
      const unknown = await api
        .http()
        .post('/v1/services')
        .set('Authorization', lead)
        .send(serviceBody(randomUUID()))
        .expect(422);
      expectProblem(unknown.body, 'services.unknown-reference', {
        field: 'teamId',
        rule: 'exists',
      });
      const teamId = await newTeam();
      await api
        .http()
        .post('/v1/services')
        .set('Authorization', lead)
        .send(serviceBody(teamId, 'Taken'))
        .expect(201);
      const taken = await api
        .http()
        .post('/v1/services')
        .set('Authorization', lead)
        .send(serviceBody(teamId, 'Taken'))
        .expect(409);
      expectProblem(taken.body, 'services.already-exists', { field: 'name', rule: 'unique' });
    });

    it('lets only team leads add services', async () => {
      const teamId = await newTeam();
      const refused = await api
        .http()
        .post('/v1/services')
        .set('Authorization', staff)
        .send(serviceBody(teamId))
        .expect(403);
      expect(refused.body.code).toBe('auth.forbidden');
    });

    it("never shows one municipality's services to another", async () => {
      const { serviceId } = await createTeamAndService(api, { name: 'Skien only' });
      const oslo = await api.bearer({ tenant: OSLO, roles: ['team-lead'] });
      const missing = await api
        .http()
        .get(`/v1/services/${serviceId}`)
        .set('Authorization', oslo)
        .expect(404);
      expect(missing.body.code).toBe('not-found');
      await api.http().get(`/v1/services/${serviceId}/fhir`).set('Authorization', oslo).expect(404);
      await api
        .http()
        .put(`/v1/services/${serviceId}/mode`)
        .set('Authorization', oslo)
        .set('If-Match', '"1"')
        .send({ mode: 'closed', reason: 'test' })
        .expect(404);
      const list = await api
        .http()
        .get('/v1/services?limit=100')
        .set('Authorization', oslo)
        .expect(200);
      expect(list.body.items.map((s: { id: string }) => s.id)).not.toContain(serviceId);
    });
  });

  describe('changing details', () => {
    it('changes details with If-Match and answers the new ETag; 428 without it, 412 when stale', async () => {
      const { serviceId } = await createTeamAndService(api);
      const patch = () => api.http().patch(`/v1/services/${serviceId}`).set('Authorization', lead);
      const changed = await patch()
        .set('If-Match', '"1"')
        .send({ capacity: null, critical: false })
        .expect(200);
      expect(changed.headers['etag']).toBe('"2"');
      expect(changed.body).toMatchObject({
        capacity: null,
        critical: false,
        version: 2,
        mode: 'open',
      });
      expect((await patch().send({ critical: true }).expect(428)).body.code).toBe(
        'kernel.precondition-required',
      );
      expect(
        (await patch().set('If-Match', '"1"').send({ critical: true }).expect(412)).body.code,
      ).toBe('kernel.concurrent-modification');
      const modeRefused = await patch()
        .set('If-Match', '"2"')
        .send({ mode: 'closed', name: null })
        .expect(400);
      expect(modeRefused.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'mode', rule: 'unknown-property' }),
          expect.objectContaining({ field: 'name' }),
        ]),
      );
      const audit = await api.auditRows({ resourceType: 'service', resourceId: serviceId });
      expect(audit.map((row) => row.action).sort()).toEqual(['create', 'update']);
    });
  });

  describe('mode changes', () => {
    it('switches the mode with a reason, keeps who, when and why, and reports it newest first', async () => {
      const { serviceId } = await createTeamAndService(api);
      const put = (
        mode: string,
        version: number,
        reason = 'National guideline 12 March: outdoor activity only',
      ) =>
        api
          .http()
          .put(`/v1/services/${serviceId}/mode`)
          .set('Authorization', coordinator)
          .set('If-Match', `"${version}"`)
          .send({ mode, reason });

      const outdoor = await put('outdoor-only', 1).expect(200);
      expect(outdoor.headers['etag']).toBe('"2"');
      expect(outdoor.body).toMatchObject({
        service: { mode: 'outdoor-only', modeChangedAt: '2026-11-23T09:00:00.000Z', version: 2 },
        change: {
          fromMode: 'open',
          toMode: 'outdoor-only',
          changedBy: 'coordinator-kari',
          reason: 'National guideline 12 March: outdoor activity only',
        },
      });
      api.clock.set('2026-11-23T09:30:00.000Z');
      try {
        await put('closed', 2, 'Outbreak among the regulars').expect(200);
      } finally {
        api.clock.set(NOW);
      }
      const same = await put('closed', 3).expect(200);
      expect(same.body).toMatchObject({ service: { mode: 'closed', version: 3 }, change: null });

      const history = await api
        .http()
        .get(`/v1/services/${serviceId}/mode-changes`)
        .set('Authorization', staff)
        .expect(200);
      expect(
        history.body.items.map(
          (c: { fromMode: string; toMode: string }) => `${c.fromMode}>${c.toMode}`,
        ),
      ).toEqual(['outdoor-only>closed', 'open>outdoor-only']);
      expect(await api.auditRows({ resourceType: 'service-mode', resourceId: serviceId })).toEqual([
        expect.objectContaining({
          action: 'update',
          actor_subject: 'coordinator-kari',
          reason: 'National guideline 12 March: outdoor activity only',
        }),
        expect.objectContaining({ action: 'update', reason: 'Outbreak among the regulars' }),
      ]);
    });

    it('lets team leads and crisis coordinators change modes, and no one else', async () => {
      const { serviceId } = await createTeamAndService(api);
      const put = (token: string, version: number) =>
        api
          .http()
          .put(`/v1/services/${serviceId}/mode`)
          .set('Authorization', token)
          .set('If-Match', `"${version}"`)
          .send({ mode: 'reduced', reason: 'Fewer staff' });
      await put(staff, 1).expect(403);
      await put(await api.bearer({ tenant: SKIEN, roles: ['privacy-officer'] }), 1).expect(403);
      await put(lead, 1).expect(200);
    });

    it('refuses an unknown mode, a blank reason and a missing If-Match', async () => {
      const { serviceId } = await createTeamAndService(api);
      const put = () =>
        api.http().put(`/v1/services/${serviceId}/mode`).set('Authorization', coordinator);
      const bad = await put()
        .set('If-Match', '"1"')
        .send({ mode: 'half-open', reason: '' })
        .expect(400);
      expect(bad.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'mode', rule: 'isIn' }),
          expect.objectContaining({ field: 'reason', rule: 'isNotEmpty' }),
        ]),
      );
      await put().send({ mode: 'closed', reason: 'x' }).expect(428);
      expect(await api.count('service_mode_change', 'service_id = $1', [serviceId])).toBe(0);
    });

    it('settles concurrent changes of one version in the database: one succeeds, the others are 412', async () => {
      const { serviceId } = await createTeamAndService(api);
      const responses = await Promise.all(
        ['reduced', 'remote', 'closed', 'delivery-only', 'outdoor-only'].map((mode) =>
          api
            .http()
            .put(`/v1/services/${serviceId}/mode`)
            .set('Authorization', coordinator)
            .set('If-Match', '"1"')
            .send({ mode, reason: 'Race' }),
        ),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([200, 412, 412, 412, 412]);
      expect(await api.count('service_mode_change', 'service_id = $1', [serviceId])).toBe(1);
      const [row] = await api.db.dataSource.query(
        'SELECT version FROM services.service WHERE id = $1',
        [serviceId],
      );
      expect(row.version).toBe(2);
    });
  });

  describe('FHIR export', () => {
    it('exports a valid FHIR R4 HealthcareService, inactive while closed', async () => {
      const { serviceId } = await createTeamAndService(api, { name: 'Feltpleien' });
      const open = await api
        .http()
        .get(`/v1/services/${serviceId}/fhir`)
        .set('Authorization', staff)
        .expect(200);
      expect(open.headers['content-type']).toMatch(/^application\/fhir\+json/);
      expect(fhirValidationErrors(open.body)).toEqual([]);
      expect(open.body).toMatchObject({
        resourceType: 'HealthcareService',
        id: serviceId,
        active: true,
        name: 'Feltpleien',
        providedBy: { identifier: { value: SKIEN } },
        category: [
          {
            coding: [
              { system: 'http://terminology.hl7.org/CodeSystem/service-category', code: '12' },
            ],
          },
        ],
        availableTime: [
          { daysOfWeek: ['mon'], availableStartTime: '08:30:00', availableEndTime: '15:00:00' },
        ],
      });

      await api
        .http()
        .put(`/v1/services/${serviceId}/mode`)
        .set('Authorization', coordinator)
        .set('If-Match', '"1"')
        .send({ mode: 'closed', reason: 'Outbreak' })
        .expect(200);
      const closed = await api
        .http()
        .get(`/v1/services/${serviceId}/fhir`)
        .set('Authorization', staff)
        .expect(200);
      expect(fhirValidationErrors(closed.body)).toEqual([]);
      expect(closed.body).toMatchObject({
        active: false,
        availabilityExceptions: 'Closed for now.',
      });
    });
  });

  describe('teams', () => {
    it('adds teams with unique names and lists them by name', async () => {
      const name = `Team ${randomUUID().slice(0, 8)}`;
      const team = await api
        .http()
        .post('/v1/staff/teams')
        .set('Authorization', lead)
        .send({ name })
        .expect(201);
      const taken = await api
        .http()
        .post('/v1/staff/teams')
        .set('Authorization', lead)
        .send({ name })
        .expect(409);
      expectProblem(taken.body, 'services.already-exists', { field: 'name' });
      await api
        .http()
        .post('/v1/staff/teams')
        .set('Authorization', lead)
        .send({ name: ' ' })
        .expect(400);
      const list = await api
        .http()
        .get('/v1/staff/teams?limit=100')
        .set('Authorization', staff)
        .expect(200);
      expect(list.body.items).toContainEqual({
        id: team.body.id,
        name,
        createdAt: '2026-11-23T09:00:00.000Z',
      });
      const oslo = await api.bearer({ tenant: OSLO, roles: ['staff'] });
      expect(
        (await api.http().get('/v1/staff/teams?limit=100').set('Authorization', oslo).expect(200))
          .body.items,
      ).not.toContainEqual(expect.objectContaining({ id: team.body.id }));
      expect(await api.auditRows({ resourceType: 'team', resourceId: team.body.id })).toEqual([
        expect.objectContaining({ action: 'create' }),
      ]);
    });
  });

  describe('OpenAPI description of the services library', () => {
    type Schema = {
      $ref?: string;
      allOf?: Schema[];
      items?: Schema;
      properties?: Record<string, Schema>;
      description?: string;
      example?: unknown;
    };
    type Operation = {
      summary?: string;
      security?: unknown[];
      requestBody?: { content: Record<string, { schema: Schema }> };
      responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
    };

    it('documents every route: summary, bearer policy, typed success response and problem+json errors', async () => {
      const { body } = await api.http().get('/docs-json').expect(200);
      const ours = Object.entries(body.paths as Record<string, Record<string, Operation>>).filter(
        ([path]) => /^\/v1\/(services|staff|dispensing|distribution|outreach)(\/|$)/.test(path),
      );
      const operations = ours.flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          route: `${method.toUpperCase()} ${path}`,
          operation,
        })),
      );
      expect(operations.length).toBeGreaterThanOrEqual(50);
      for (const { route, operation } of operations) {
        expect({
          route,
          summary: Boolean(operation.summary),
          bearer: operation.security?.length,
        }).toEqual({ route, summary: true, bearer: 1 });
        const success = Object.entries(operation.responses).find(([status]) =>
          status.startsWith('2'),
        );
        expect({ route, typed: Boolean(success?.[1].content) }).toEqual({ route, typed: true });
        for (const status of ['400', '401', '403']) {
          expect({
            route,
            status,
            problem: Object.keys(operation.responses[status]?.content ?? {}),
          }).toEqual({ route, status, problem: ['application/problem+json'] });
        }
      }
    });

    it('describes every property of the request and response bodies with a description and an example', async () => {
      const { body } = await api.http().get('/docs-json').expect(200);
      const schemas = body.components.schemas as Record<string, Schema>;
      const seen = new Set<string>();
      const missing: string[] = [];
      const visit = (schema: Schema | undefined) => {
        if (!schema) return;
        if (schema.$ref) {
          const name = schema.$ref.split('/').pop() as string;
          if (seen.has(name)) return;
          seen.add(name);
          for (const [property, definition] of Object.entries(schemas[name]?.properties ?? {})) {
            const nested = definition.$ref ?? definition.allOf?.[0]?.$ref ?? definition.items?.$ref;
            // A page's items and nested objects are described by their own schema's examples.
            if (!definition.description && !(property === 'items' && nested))
              missing.push(`${name}.${property}: description`);
            if (definition.example === undefined && !nested)
              missing.push(`${name}.${property}: example`);
            visit(definition.$ref ? definition : (definition.allOf?.[0] ?? definition.items));
          }
        }
        visit(schema.items);
      };
      for (const [path, methods] of Object.entries(
        body.paths as Record<string, Record<string, Operation>>,
      )) {
        if (!/^\/v1\/(services|staff|dispensing|distribution|outreach)(\/|$)/.test(path)) continue;
        for (const operation of Object.values(methods)) {
          for (const content of Object.values(operation.requestBody?.content ?? {}))
            visit(content.schema);
          for (const [status, response] of Object.entries(operation.responses)) {
            if (status.startsWith('2'))
              for (const content of Object.values(response.content ?? {})) visit(content.schema);
          }
        }
      }
      expect([...seen]).toEqual(
        expect.arrayContaining([
          'ServiceDto',
          'CreatePrescriptionRequestDto',
          'DailyDispensingListDto',
          'DailyListEntryDto',
          'DispensingDto',
          'StaffProfileDto',
          'OpeningHoursDto',
        ]),
      );
      expect(missing).toEqual([]);
    });
  });
});
