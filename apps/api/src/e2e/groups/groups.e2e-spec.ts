import { fhirValidationErrors } from '@lavterskel/fhir-validator';
import { fixedClock } from '@lavterskel/kernel';
import { auditRows, startGroupsTestApp, type GroupsTestApp } from './groups-test-app';

const serviceId = '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b';
const walk = {
  serviceId,
  name: 'Walk and talk',
  locationKind: 'outdoor',
  capacity: 20,
  schedule: [
    { weekday: 'monday', startTime: '10:00', durationMinutes: 60, maxCohorts: 1 },
    { weekday: 'monday', startTime: '14:00', durationMinutes: 60, maxCohorts: 2 },
  ],
};

/** Every request and response schema of @lavterskel/groups. */
const GROUPS_DTOS = [
  'TimeSlotDto',
  'ScheduleSlotDto',
  'CreateGroupRequestDto',
  'UpdateGroupRequestDto',
  'GroupDto',
  'GroupDetailsDto',
  'CohortDto',
  'CreateCohortRequestDto',
  'FhirGroupDto',
  'JoinGroupRequestDto',
  'MembershipDto',
  'MemberPageDto',
  'GenerateSessionsRequestDto',
  'GeneratedSessionsDto',
  'SessionDto',
  'RecordAttendanceRequestDto',
  'AttendanceDto',
  'ExposureReportDto',
  'ExposureContactDto',
  'SharedSessionDto',
  'ApplyCohortSizeRequestDto',
  'CohortSizeAppliedDto',
  'UnplacedMemberDto',
  'ArrangementRestoredDto',
  'WaitlistedMemberDto',
];

describe('groups and cohorts over HTTP (GR-1, GR-3)', () => {
  let api: GroupsTestApp;
  let staff: string;

  beforeAll(async () => {
    api = await startGroupsTestApp({ clock: fixedClock('2026-11-23T12:00:00Z') });
    staff = await api.bearer();
  });
  afterAll(() => api.close());

  const createGroup = (body: object = walk, bearer = staff) =>
    api.http().post('/v1/groups').set('Authorization', bearer).send(body);

  it('creates a group (201, ETag, Location), reads it with its cohorts, and audits both', async () => {
    const created = await createGroup().expect(201);
    expect(created.headers['etag']).toBe('"1"');
    expect(created.headers['location']).toBe(`/v1/groups/${created.body.id}`);
    expect(created.body).toMatchObject({
      serviceId,
      name: 'Walk and talk',
      capacity: 20,
      version: 1,
      activeArrangementId: null,
    });

    const cohort = await api
      .http()
      .post(`/v1/groups/${created.body.id}/cohorts`)
      .set('Authorization', staff)
      .send({ slot: { weekday: 'monday', startTime: '14:00' }, maxSize: 5 })
      .expect(201);
    expect(cohort.body).toMatchObject({
      groupId: created.body.id,
      slot: { weekday: 'monday', startTime: '14:00' },
      maxSize: 5,
      members: 0,
      status: 'active',
    });

    const read = await api
      .http()
      .get(`/v1/groups/${created.body.id}`)
      .set('Authorization', staff)
      .expect(200);
    expect(read.headers['etag']).toBe('"1"');
    expect(read.body).toMatchObject({
      activeMembers: 0,
      waitlisted: 0,
      cohorts: [{ id: cohort.body.id }],
    });
    expect(await auditRows(api, { resourceId: created.body.id })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'create',
          resourceType: 'group',
          actorSubject: 'leader-kari',
        }),
        expect.objectContaining({ action: 'read', resourceType: 'group' }),
      ]),
    );
    expect(await auditRows(api, { resourceId: cohort.body.id })).toEqual([
      expect.objectContaining({ action: 'create', resourceType: 'cohort' }),
    ]);
  });

  it('answers bad input with 400 problem+json naming each field and rule, and saves nothing', async () => {
    const before = await api.db.dataSource.query(
      'SELECT count(*)::int AS n FROM groups.activity_group',
    );
    const bad = await createGroup({
      ...walk,
      serviceId: 'skien',
      capacity: 0,
      schedule: [{ weekday: 'someday', startTime: '25:00', durationMinutes: 60, maxCohorts: 1 }],
      tenant: '0301',
    }).expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'serviceId', rule: 'isUuid' }),
        expect.objectContaining({ field: 'capacity', rule: 'min' }),
        expect.objectContaining({ field: 'schedule[0].weekday', rule: 'isIn' }),
        expect.objectContaining({ field: 'schedule[0].startTime', rule: 'matches' }),
        expect.objectContaining({ field: 'tenant', rule: 'unknown-property' }),
      ]),
    );
    const duplicate = await createGroup({
      ...walk,
      schedule: [walk.schedule[0], walk.schedule[0]],
    }).expect(400);
    expect(duplicate.body).toMatchObject({
      code: 'groups.invalid-input',
      errors: [expect.objectContaining({ field: 'schedule[1]', rule: 'unique-slot' })],
    });
    expect(
      await api.db.dataSource.query('SELECT count(*)::int AS n FROM groups.activity_group'),
    ).toEqual(before);
  });

  it('refuses a cohort in a slot outside the schedule (400), of size 0 (400), or beyond the slot’s cohorts (409)', async () => {
    const group = (await createGroup().expect(201)).body;
    const cohort = (slot: object, maxSize: number) =>
      api
        .http()
        .post(`/v1/groups/${group.id}/cohorts`)
        .set('Authorization', staff)
        .send({ slot, maxSize });
    const outside = await cohort({ weekday: 'friday', startTime: '10:00' }, 5).expect(400);
    expect(outside.body).toMatchObject({
      code: 'groups.slot-not-in-schedule',
      errors: [expect.objectContaining({ field: 'slot', rule: 'in-schedule' })],
    });
    const empty = await cohort({ weekday: 'monday', startTime: '10:00' }, 0).expect(400);
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'maxSize', rule: 'min' })]);
    await cohort({ weekday: 'monday', startTime: '10:00' }, 5).expect(201);
    const full = await cohort({ weekday: 'monday', startTime: '10:00' }, 5).expect(409);
    expect(full.body).toMatchObject({
      code: 'groups.slot-full',
      errors: [expect.objectContaining({ field: 'slot', rule: 'max-cohorts' })],
    });
    const [{ n }] = await api.db.dataSource.query(
      'SELECT count(*)::int AS n FROM groups.cohort WHERE group_id = $1',
      [group.id],
    );
    expect(n).toBe(1);
  });

  it('changes a group only with the ETag read: 428 without it, 412 when stale', async () => {
    const group = (await createGroup().expect(201)).body;
    const patch = () => api.http().patch(`/v1/groups/${group.id}`).set('Authorization', staff);
    expect((await patch().send({ locationKind: 'online' }).expect(428)).body.code).toBe(
      'kernel.precondition-required',
    );
    const changed = await patch()
      .set('If-Match', '"1"')
      .send({ locationKind: 'online', capacity: 12 })
      .expect(200);
    expect(changed.headers['etag']).toBe('"2"');
    expect(changed.body).toMatchObject({ locationKind: 'online', capacity: 12, version: 2 });
    expect(
      (await patch().set('If-Match', '"1"').send({ name: 'Lost update' }).expect(412)).body.code,
    ).toBe('kernel.concurrent-modification');
    expect(await auditRows(api, { resourceId: group.id })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'update', resourceType: 'group' }),
      ]),
    );
  });

  it('keeps each municipality’s groups to itself: another tenant gets 404 and an empty list', async () => {
    const group = (await createGroup().expect(201)).body;
    const oslo = await api.bearer({ tenant: '0301' });
    await api.http().get(`/v1/groups/${group.id}`).set('Authorization', oslo).expect(404);
    await api
      .http()
      .patch(`/v1/groups/${group.id}`)
      .set('Authorization', oslo)
      .set('If-Match', '"1"')
      .send({ name: 'Taken over' })
      .expect(404);
    await api
      .http()
      .post(`/v1/groups/${group.id}/cohorts`)
      .set('Authorization', oslo)
      .send({ slot: { weekday: 'monday', startTime: '10:00' }, maxSize: 5 })
      .expect(404);
    const list = await api
      .http()
      .get(`/v1/groups?serviceId=${serviceId}`)
      .set('Authorization', oslo)
      .expect(200);
    expect(list.body).toEqual({ items: [], nextCursor: null });
    const own = await api
      .http()
      .get(`/v1/groups?serviceId=${serviceId}&limit=2`)
      .set('Authorization', staff)
      .expect(200);
    expect(own.body.items).toHaveLength(2);
    expect(own.body.nextCursor).toEqual(expect.any(String));
    const searches = await api.db.dataSource.query(
      `SELECT tenant_id AS "tenantId" FROM kernel.audit_event WHERE action = 'search' AND resource_type = 'group' ORDER BY tenant_id`,
    );
    expect(searches).toEqual([{ tenantId: '0301' }, { tenantId: '4003' }]);
  });

  it('enforces each route’s policy: a privacy officer may not run groups (403), nobody without a token (401)', async () => {
    const officer = await api.bearer({ roles: ['privacy-officer'] });
    expect((await createGroup(walk, officer).expect(403)).body.code).toBe('auth.forbidden');
    await api.http().get('/v1/groups').set('Authorization', officer).expect(403);
    await api.http().get('/v1/groups').expect(401);
    await api
      .http()
      .get('/v1/groups')
      .set('Authorization', await api.bearer({ roles: ['crisis-coordinator'] }))
      .expect(200);
  });

  it('exports a cohort as a valid FHIR R4 Group, listing only members within the caller’s care relations', async () => {
    const group = (await createGroup().expect(201)).body;
    const cohort = (
      await api
        .http()
        .post(`/v1/groups/${group.id}/cohorts`)
        .set('Authorization', staff)
        .send({ slot: { weekday: 'monday', startTime: '10:00' }, maxSize: 5 })
        .expect(201)
    ).body;
    const [mine, theirs] = (await api.registerClients(2)) as [string, string];
    api.relate('leader-kari', mine);
    api.relate('nurse-ola', theirs);
    await api
      .http()
      .post(`/v1/groups/${group.id}/members`)
      .set('Authorization', staff)
      .send({ clientId: mine })
      .expect(201);
    await api
      .http()
      .post(`/v1/groups/${group.id}/members`)
      .set('Authorization', await api.bearer({ subject: 'nurse-ola' }))
      .send({ clientId: theirs })
      .expect(201);

    const exported = await api
      .http()
      .get(`/v1/groups/${group.id}/cohorts/${cohort.id}/fhir`)
      .set('Authorization', staff)
      .expect(200);
    expect(exported.headers['content-type']).toMatch(/^application\/fhir\+json/);
    expect(fhirValidationErrors(exported.body)).toEqual([]);
    expect(exported.body).toMatchObject({
      resourceType: 'Group',
      id: cohort.id,
      type: 'person',
      actual: true,
      quantity: 2,
      member: [{ entity: { reference: `Patient/${mine}` } }],
      characteristic: [
        {
          valueCodeableConcept: {
            coding: [{ system: 'http://hl7.org/fhir/days-of-week', code: 'mon' }],
          },
        },
      ],
    });
    const everyone = await api
      .http()
      .get(`/v1/groups/${group.id}/cohorts/${cohort.id}/fhir`)
      .set('Authorization', staff)
      .set('X-Break-Glass-Reason', 'Contact tracing after a confirmed case in the group')
      .expect(200);
    expect(fhirValidationErrors(everyone.body)).toEqual([]);
    expect(everyone.body.member).toHaveLength(2);
    expect(await auditRows(api, { clientId: theirs })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'break-glass', actorSubject: 'leader-kari' }),
      ]),
    );
    expect(await auditRows(api, { resourceId: cohort.id })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'export', resourceType: 'cohort' }),
      ]),
    );
    const oslo = await api.bearer({ tenant: '0301' });
    await api
      .http()
      .get(`/v1/groups/${group.id}/cohorts/${cohort.id}/fhir`)
      .set('Authorization', oslo)
      .expect(404);
  });

  it('documents every groups route in OpenAPI with an operation, problem responses and examples', async () => {
    const { body } = await api.http().get('/docs-json').expect(200);
    const routes = Object.entries(
      body.paths as Record<
        string,
        Record<string, { summary?: string; responses: Record<string, unknown> }>
      >,
    ).filter(([path]) => path.startsWith('/v1/groups'));
    expect(routes.map(([path]) => path).sort()).toEqual([
      '/v1/groups',
      '/v1/groups/arrangements',
      '/v1/groups/arrangements/{reference}/restore',
      '/v1/groups/exposure',
      '/v1/groups/{groupId}',
      '/v1/groups/{groupId}/cohorts',
      '/v1/groups/{groupId}/cohorts/{cohortId}/fhir',
      '/v1/groups/{groupId}/members',
      '/v1/groups/{groupId}/members/{clientId}',
      '/v1/groups/{groupId}/sessions',
      '/v1/groups/{groupId}/sessions/{sessionId}/attendance/{clientId}',
    ]);
    for (const [, operations] of routes) {
      for (const operation of Object.values(operations)) {
        expect(operation.summary).toEqual(expect.any(String));
        expect(operation.responses['401']).toBeDefined();
        expect(operation.responses['403']).toBeDefined();
      }
    }
    const schemas = body.components.schemas as Record<
      string,
      { properties?: Record<string, Record<string, unknown>> }
    >;
    const groupsDtos = Object.keys(schemas).filter((name) => GROUPS_DTOS.includes(name));
    expect(groupsDtos).toHaveLength(GROUPS_DTOS.length);
    for (const name of groupsDtos) {
      for (const [property, schema] of Object.entries(schemas[name]?.properties ?? {})) {
        // `items` of a page is the kernel's PageOf; its item schema is checked on its own.
        if (property === 'items' && name.endsWith('PageDto')) continue;
        const nested =
          '$ref' in schema ||
          'allOf' in schema ||
          (schema['items'] as Record<string, unknown> | undefined)?.['$ref'] !== undefined;
        expect({
          name,
          property,
          described: typeof schema['description'] === 'string',
          example: nested || 'example' in schema,
        }).toEqual({
          name,
          property,
          described: true,
          example: true,
        });
      }
    }
  });
});
