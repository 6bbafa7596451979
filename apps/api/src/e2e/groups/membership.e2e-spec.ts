import { randomUUID } from 'node:crypto';
import { fixedClock } from '@lavterskel/kernel';
import { auditRows, startGroupsTestApp, type GroupsTestApp } from './groups-test-app';

const monday10 = { weekday: 'monday', startTime: '10:00' };

describe('membership, waitlist, attendance and exposure over HTTP (GR-2, GR-5, GR-6)', () => {
  let api: GroupsTestApp;
  let staff: string;

  beforeAll(async () => {
    // Monday 23 November 2026, 13:00 in Oslo.
    api = await startGroupsTestApp({ clock: fixedClock('2026-11-23T12:00:00Z') });
    staff = await api.bearer();
  });
  afterAll(() => api.close());

  /** A group with one cohort of `maxSize` meeting Mondays 10:00. */
  async function groupWithCohort(maxSize: number): Promise<{ groupId: string; cohortId: string }> {
    const group = await api
      .http()
      .post('/v1/groups')
      .set('Authorization', staff)
      .send({
        serviceId: randomUUID(),
        name: 'Aftercare group',
        locationKind: 'indoor',
        capacity: 200,
        schedule: [{ ...monday10, durationMinutes: 90, maxCohorts: 1 }],
      })
      .expect(201);
    const cohort = await api
      .http()
      .post(`/v1/groups/${group.body.id}/cohorts`)
      .set('Authorization', staff)
      .send({ slot: monday10, maxSize })
      .expect(201);
    return { groupId: group.body.id, cohortId: cohort.body.id };
  }

  /** A client of the registry that leader-kari has a care relation to. */
  const client = async () => {
    const [clientId] = (await api.registerClients(1)) as [string];
    api.relate('leader-kari', clientId);
    return clientId;
  };
  const join = (groupId: string, body: object, bearer = staff) =>
    api.http().post(`/v1/groups/${groupId}/members`).set('Authorization', bearer).send(body);

  it('seats a client, waitlists the next when full, promotes them when a seat frees, and audits each against the client', async () => {
    const { groupId, cohortId } = await groupWithCohort(1);
    const [anne, bjorn] = [await client(), await client()];
    const seated = await join(groupId, { clientId: anne, cohortId }).expect(201);
    expect(seated.headers['etag']).toBe('"1"');
    expect(seated.body).toMatchObject({ clientId: anne, status: 'active', cohortId, version: 1 });
    const waiting = await join(groupId, {
      clientId: bjorn,
      cohortId,
      waitlistIfFull: true,
      preferredSlot: monday10,
    }).expect(201);
    expect(waiting.body).toMatchObject({
      status: 'waitlisted',
      cohortId: null,
      preferredSlot: monday10,
    });

    await api
      .http()
      .delete(`/v1/groups/${groupId}/members/${anne}`)
      .set('Authorization', staff)
      .expect(428);
    const left = await api
      .http()
      .delete(`/v1/groups/${groupId}/members/${anne}`)
      .set('Authorization', staff)
      .set('If-Match', '"1"')
      .expect(200);
    expect(left.body).toMatchObject({ status: 'left', cohortId: null, version: 2 });
    const promoted = await api
      .http()
      .get(`/v1/groups/${groupId}/members/${bjorn}`)
      .set('Authorization', staff)
      .expect(200);
    expect(promoted.body).toMatchObject({ status: 'active', cohortId, version: 2 });
    expect(promoted.headers['etag']).toBe('"2"');

    expect(await auditRows(api, { clientId: anne })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'create',
          resourceType: 'group-membership',
          reason: 'joined a cohort',
        }),
        expect.objectContaining({
          action: 'update',
          resourceType: 'group-membership',
          reason: 'left the group',
        }),
      ]),
    );
    expect(await auditRows(api, { clientId: bjorn })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'update',
          reason: 'seat freed: promoted from the waitlist',
        }),
        expect.objectContaining({ action: 'read', resourceType: 'group-membership' }),
      ]),
    );

    // A member list is an access to each member shown: it is in each one's access list.
    await api.http().get(`/v1/groups/${groupId}/members`).set('Authorization', staff).expect(200);
    expect(await auditRows(api, { clientId: bjorn })).toContainEqual(
      expect.objectContaining({
        action: 'search',
        resourceType: 'group-membership',
        resourceId: groupId,
      }),
    );
  });

  it('refuses a full cohort and a client twice with 409 problem+json, changing nothing', async () => {
    const { groupId, cohortId } = await groupWithCohort(1);
    const [anne, bjorn] = [await client(), await client()];
    await join(groupId, { clientId: anne, cohortId }).expect(201);
    const full = await join(groupId, { clientId: bjorn, cohortId }).expect(409);
    expect(full.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(full.body).toMatchObject({
      code: 'groups.cohort-full',
      errors: [expect.objectContaining({ field: 'cohortId', rule: 'free-seat' })],
    });
    const twice = await join(groupId, { clientId: anne }).expect(409);
    expect(twice.body).toMatchObject({
      code: 'groups.already-member',
      errors: [expect.objectContaining({ field: 'clientId' })],
    });
    const rows = await api.db.dataSource.query(
      'SELECT client_id FROM groups.membership WHERE group_id = $1',
      [groupId],
    );
    expect(rows).toEqual([{ client_id: anne }]);
    const bad = await join(groupId, {
      clientId: 'not-a-uuid',
      preferredSlot: { weekday: 'monday', startTime: '9am' },
    }).expect(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'clientId', rule: 'isUuid' }),
        expect.objectContaining({ field: 'preferredSlot.startTime', rule: 'matches' }),
      ]),
    );
    const outside = await join(groupId, {
      clientId: bjorn,
      preferredSlot: { weekday: 'friday', startTime: '10:00' },
    }).expect(400);
    expect(outside.body.code).toBe('groups.slot-not-in-schedule');
  });

  it('answers 404 for a client outside the caller’s care relations, and lets a written reason through as break-glass', async () => {
    const { groupId } = await groupWithCohort(5);
    const [stranger] = (await api.registerClients(1)) as [string];
    const refused = await join(groupId, { clientId: stranger }).expect(404);
    expect(refused.body.code).toBe('not-found');
    await api
      .http()
      .get(`/v1/groups/${groupId}/members/${stranger}`)
      .set('Authorization', staff)
      .expect(404);
    await join(groupId, { clientId: stranger }).set('X-Break-Glass-Reason', 'short').expect(400);
    await join(groupId, { clientId: stranger })
      .set('X-Break-Glass-Reason', 'Client came to the door; primary contact is away')
      .expect(201);
    expect(await auditRows(api, { clientId: stranger })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'break-glass',
          reason: 'Client came to the door; primary contact is away',
        }),
      ]),
    );
    const roster = await api
      .http()
      .get(`/v1/groups/${groupId}/members`)
      .set('Authorization', staff)
      .expect(200);
    expect(roster.body).toMatchObject({ items: [], withheld: 1, nextCursor: null });
    expect(await auditRows(api, { resourceId: groupId })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'search',
          resourceType: 'group-membership',
          actorSubject: 'leader-kari',
        }),
      ]),
    );
    const other = await api.bearer({ tenant: '0301' });
    await api.http().get(`/v1/groups/${groupId}/members`).set('Authorization', other).expect(404);
  });

  it('refuses a client id the registry does not know: 404, even with a relation or a break-glass reason, and writes nothing', async () => {
    const { groupId } = await groupWithCohort(5);
    const unknown = randomUUID();
    api.relate('leader-kari', unknown); // a relation to an id no registry holds
    const refused = await join(groupId, { clientId: unknown })
      .set('X-Break-Glass-Reason', 'Client says they are registered here')
      .expect(404);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.code).toBe('not-found');
    expect(
      await api.db.dataSource.query('SELECT id FROM groups.membership WHERE client_id = $1', [
        unknown,
      ]),
    ).toEqual([]);
    expect(await auditRows(api, { clientId: unknown })).toEqual([]);
  });

  it('keeps a cohort of 5 at exactly 5 under 100 concurrent joins: the rest get 409 (GR-5)', async () => {
    const { groupId, cohortId } = await groupWithCohort(5);
    const clients = await api.registerClients(100);
    api.relate('leader-kari', ...clients);
    const responses = await Promise.all(
      clients.map((clientId) => join(groupId, { clientId, cohortId })),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.filter((status) => status === 409)).toHaveLength(95);
    const [{ seated }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS seated FROM groups.membership WHERE cohort_id = $1 AND status = 'active'`,
      [cohortId],
    );
    expect(seated).toBe(5);
    const [{ rows }] = await api.db.dataSource.query(
      'SELECT count(*)::int AS rows FROM groups.membership WHERE group_id = $1',
      [groupId],
    );
    expect(rows).toBe(5);
  });

  it('waitlists the rest when 100 concurrent joins may wait: 5 seated, 95 waiting, nobody twice', async () => {
    const { groupId, cohortId } = await groupWithCohort(5);
    const clients = await api.registerClients(100);
    api.relate('leader-kari', ...clients);
    const responses = await Promise.all(
      clients.map((clientId) => join(groupId, { clientId, cohortId, waitlistIfFull: true })),
    );
    expect(responses.every((response) => response.status === 201)).toBe(true);
    const counts = await api.db.dataSource.query(
      'SELECT status, count(*)::int AS n, count(DISTINCT client_id)::int AS clients FROM groups.membership WHERE group_id = $1 GROUP BY status ORDER BY status',
      [groupId],
    );
    expect(counts).toEqual([
      { status: 'active', n: 5, clients: 5 },
      { status: 'waitlisted', n: 95, clients: 95 },
    ]);
  });

  it('generates sessions from the schedule and records attendance with Oslo-time rules and If-Match', async () => {
    const { groupId, cohortId } = await groupWithCohort(5);
    const anne = await client();
    await join(groupId, { clientId: anne }).expect(201);
    const generated = await api
      .http()
      .post(`/v1/groups/${groupId}/sessions`)
      .set('Authorization', staff)
      .send({ from: '2026-11-16', to: '2026-11-30' })
      .expect(201);
    expect(generated.body).toEqual({ planned: 3, created: 3 });
    await api
      .http()
      .post(`/v1/groups/${groupId}/sessions`)
      .set('Authorization', staff)
      .send({ from: '2026-11-16', to: '2026-11-30' })
      .expect(201, { planned: 3, created: 0 });
    const tooLong = await api
      .http()
      .post(`/v1/groups/${groupId}/sessions`)
      .set('Authorization', staff)
      .send({ from: '2026-01-01', to: '2026-12-31' })
      .expect(400);
    expect(tooLong.body.errors).toEqual([
      expect.objectContaining({ field: 'to', rule: 'max-range' }),
    ]);

    const sessions = await api
      .http()
      .get(`/v1/groups/${groupId}/sessions?from=2026-11-01&to=2026-11-30&cohortId=${cohortId}`)
      .set('Authorization', staff)
      .expect(200);
    expect(sessions.body.items.map((session: { date: string }) => session.date)).toEqual([
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
    expect(await auditRows(api, { resourceId: groupId })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'create',
          resourceType: 'group-session',
          reason: 'sessions 2026-11-16..2026-11-30',
        }),
        expect.objectContaining({ action: 'search', resourceType: 'group-session' }),
      ]),
    );
    const otherTenant = await api.bearer({ tenant: '0301' });
    await api
      .http()
      .get(`/v1/groups/${groupId}/sessions?from=2026-11-01&to=2026-11-30`)
      .set('Authorization', otherTenant)
      .expect(404);
    await api
      .http()
      .post(`/v1/groups/${groupId}/sessions`)
      .set('Authorization', otherTenant)
      .send({ from: '2026-11-16', to: '2026-11-30' })
      .expect(404);
    const [, today, next] = sessions.body.items as { id: string }[];
    const attendance = (sessionId: string) =>
      api
        .http()
        .put(`/v1/groups/${groupId}/sessions/${sessionId}/attendance/${anne}`)
        .set('Authorization', staff);

    const present = await attendance(today?.id ?? '')
      .send({ status: 'present' })
      .expect(201);
    expect(present.headers['etag']).toBe('"1"');
    await attendance(today?.id ?? '')
      .send({ status: 'absent' })
      .expect(428);
    const corrected = await attendance(today?.id ?? '')
      .set('If-Match', '"1"')
      .send({ status: 'absent' })
      .expect(200);
    expect(corrected.body).toMatchObject({
      status: 'absent',
      version: 2,
      recordedBy: 'leader-kari',
    });
    const early = await attendance(next?.id ?? '')
      .send({ status: 'present' })
      .expect(409);
    expect(early.body).toMatchObject({
      code: 'groups.attendance-timing',
      errors: [expect.objectContaining({ field: 'status', rule: 'after-session-start' })],
    });
    await attendance(next?.id ?? '')
      .send({ status: 'cancelled' })
      .expect(201);
    await attendance(next?.id ?? '')
      .send({ status: 'late' })
      .expect(400);
    await api
      .http()
      .get(`/v1/groups/${groupId}/sessions/${today?.id}/attendance/${anne}`)
      .set('Authorization', staff)
      .expect(200);
    expect(await auditRows(api, { clientId: anne })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'create', resourceType: 'group-attendance' }),
        expect.objectContaining({ action: 'update', resourceType: 'group-attendance' }),
        expect.objectContaining({ action: 'read', resourceType: 'group-attendance' }),
      ]),
    );
    const stranger = randomUUID();
    await api
      .http()
      .put(`/v1/groups/${groupId}/sessions/${today?.id}/attendance/${stranger}`)
      .set('Authorization', staff)
      .send({ status: 'present' })
      .expect(404);
  });

  it('refuses an exposure list while the consent service gives no legal basis (403), after need-to-know (404)', async () => {
    const anne = await client();
    const query = (clientId: string, bearer = staff) =>
      api
        .http()
        .get(`/v1/groups/exposure?clientId=${clientId}&from=2026-11-01&to=2026-11-23`)
        .set('Authorization', bearer);
    const denied = await query(anne).expect(403);
    expect(denied.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(denied.body).toMatchObject({
      code: 'groups.exposure-disclosure-denied',
      reason: expect.any(String),
    });
    expect(
      (await auditRows(api, { clientId: anne })).filter((row) => row.action === 'disclose'),
    ).toEqual([]);
    await query(randomUUID()).expect(404);
    await query(anne, await api.bearer({ tenant: '0301' })).expect(404);
    await query(anne, await api.bearer({ roles: ['privacy-officer'] })).expect(403);
    const range = await api
      .http()
      .get(`/v1/groups/exposure?clientId=${anne}&from=2026-01-01&to=2026-11-23`)
      .set('Authorization', staff)
      .expect(400);
    expect(range.body.errors).toEqual([
      expect.objectContaining({ field: 'to', rule: 'max-range' }),
    ]);
  });
});
