import { randomUUID } from 'node:crypto';
import { fixedClock } from '@lavterskel/kernel';
import { auditRows, startGroupsTestApp, type GroupsTestApp } from './groups-test-app';

describe('applying and restoring a cohort size over HTTP (GR-4)', () => {
  let api: GroupsTestApp;
  let staff: string;
  let coordinator: string;

  beforeAll(async () => {
    api = await startGroupsTestApp({ clock: fixedClock('2026-11-23T12:00:00Z') });
    staff = await api.bearer();
    coordinator = await api.bearer({ subject: 'coordinator-liv', roles: ['crisis-coordinator'] });
  });
  afterAll(() => api.close());

  /** A walk group of its own service: a cohort of 9 (of at most 12) on Monday 10:00, room for one more cohort on Monday 14:00. */
  async function walkGroup(): Promise<{ groupId: string; serviceId: string; clients: string[] }> {
    const serviceId = randomUUID();
    const group = await api
      .http()
      .post('/v1/groups')
      .set('Authorization', staff)
      .send({
        serviceId,
        name: 'Walk and talk',
        locationKind: 'outdoor',
        capacity: 30,
        schedule: [
          { weekday: 'monday', startTime: '10:00', durationMinutes: 60, maxCohorts: 1 },
          { weekday: 'monday', startTime: '14:00', durationMinutes: 60, maxCohorts: 1 },
        ],
      })
      .expect(201);
    const groupId: string = group.body.id;
    await api
      .http()
      .post(`/v1/groups/${groupId}/cohorts`)
      .set('Authorization', staff)
      .send({ slot: { weekday: 'monday', startTime: '10:00' }, maxSize: 12 })
      .expect(201);
    const clients = await api.registerClients(9);
    api.relate('leader-kari', ...clients);
    for (const clientId of clients) {
      await api
        .http()
        .post(`/v1/groups/${groupId}/members`)
        .set('Authorization', staff)
        .send({ clientId })
        .expect(201);
    }
    return { groupId, serviceId, clients };
  }

  const seats = (groupId: string) =>
    api.db.dataSource.query(
      `SELECT m.id, m.status, m.cohort_id, c.max_size FROM groups.membership m LEFT JOIN groups.cohort c ON c.id = m.cohort_id
       WHERE m.group_id = $1 ORDER BY m.id`,
      [groupId],
    );
  const apply = (body: object, bearer = coordinator) =>
    api.http().post('/v1/groups/arrangements').set('Authorization', bearer).send(body);
  const restore = (reference: string, bearer = coordinator) =>
    api.http().post(`/v1/groups/arrangements/${reference}/restore`).set('Authorization', bearer);

  it('applies N = 5, lists the unplaced for follow-up, keeps every cohort within 5, and restores exactly', async () => {
    const { groupId, serviceId, clients } = await walkGroup();
    const before = await seats(groupId);

    const applied = await apply({
      reference: 'crisis-red-1',
      maxSize: 5,
      serviceIds: [serviceId],
    }).expect(201);
    expect(applied.body).toMatchObject({
      reference: 'crisis-red-1',
      maxSize: 5,
      groups: 1,
      cohortsResized: 1,
      cohortsOpened: 1,
      membersMoved: 4,
    });
    // 9 members: 5 stay at 10:00, 4 move to a new cohort at 14:00; nobody is left over.
    expect(applied.body.unplaced).toEqual([]);
    const [{ largest }] = await api.db.dataSource.query(
      `SELECT max(n)::int AS largest FROM (SELECT count(*) AS n FROM groups.membership WHERE group_id = $1 AND status = 'active' GROUP BY cohort_id) t`,
      [groupId],
    );
    expect(largest).toBeLessThanOrEqual(5);
    const group = await api
      .http()
      .get(`/v1/groups/${groupId}`)
      .set('Authorization', staff)
      .expect(200);
    expect(group.body.activeArrangementId).toBe(applied.body.arrangementId);
    expect(
      group.body.cohorts.map((cohort: { maxSize: number; members: number }) => [
        cohort.maxSize,
        cohort.members,
      ]),
    ).toEqual([
      [5, 5],
      [5, 4],
    ]);

    const restored = await restore('crisis-red-1').expect(200);
    expect(restored.body).toMatchObject({
      reference: 'crisis-red-1',
      groups: 1,
      membersReturned: 4,
      cohortsClosed: 1,
      waitlisted: [],
    });
    expect(await seats(groupId)).toEqual(before);
    expect(await auditRows(api, { resourceId: applied.body.arrangementId })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'create',
          resourceType: 'cohort-arrangement',
          actorSubject: 'coordinator-liv',
        }),
        expect.objectContaining({ action: 'update', resourceType: 'cohort-arrangement' }),
      ]),
    );
    const moved = (
      await Promise.all(clients.map((clientId) => auditRows(api, { clientId })))
    ).filter((rows) => rows.some((row) => row.reason?.startsWith('re-cohorted to size 5')));
    expect(moved).toHaveLength(4);
  });

  it('returns members no cohort can take as unplaced, waitlisted, and seats them again on restore', async () => {
    const { groupId, serviceId, clients } = await walkGroup();
    const applied = await apply({
      reference: 'crisis-red-2',
      maxSize: 3,
      serviceIds: [serviceId],
    }).expect(201);
    expect(applied.body.unplaced).toHaveLength(3);
    for (const entry of applied.body.unplaced) {
      expect(clients).toContain(entry.clientId);
      expect(entry).toMatchObject({ groupId, previousCohortId: expect.any(String) });
    }
    const [{ waiting }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS waiting FROM groups.membership WHERE group_id = $1 AND status = 'waitlisted'`,
      [groupId],
    );
    expect(waiting).toBe(3);
    await restore('crisis-red-2').expect(200);
    const [{ active }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS active FROM groups.membership WHERE group_id = $1 AND status = 'active'`,
      [groupId],
    );
    expect(active).toBe(9);
  });

  it('refuses N < 1 and unknown fields (400), a reused reference and a second arrangement (409), changing nothing', async () => {
    const { groupId, serviceId } = await walkGroup();
    const before = await seats(groupId);
    const invalid = await apply({
      reference: 'bad',
      maxSize: 0,
      serviceIds: ['nope'],
      tenant: '0301',
    }).expect(400);
    expect(invalid.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'maxSize', rule: 'min' }),
        expect.objectContaining({ field: 'serviceIds', rule: 'isUuid' }),
        expect.objectContaining({ field: 'tenant', rule: 'unknown-property' }),
      ]),
    );
    expect(await seats(groupId)).toEqual(before);
    await apply({ reference: 'crisis-yellow', maxSize: 8, serviceIds: [serviceId] }).expect(201);
    const reused = await apply({ reference: 'crisis-yellow', maxSize: 4 }).expect(409);
    expect(reused.body).toMatchObject({
      code: 'groups.arrangement-reference-taken',
      errors: [expect.objectContaining({ field: 'reference' })],
    });
    const nested = await apply({
      reference: 'crisis-red-3',
      maxSize: 4,
      serviceIds: [serviceId],
    }).expect(409);
    expect(nested.body).toMatchObject({
      code: 'groups.group-already-rearranged',
      groupIds: expect.arrayContaining([groupId]),
    });
    await restore('crisis-yellow').expect(200);
    expect((await restore('crisis-yellow').expect(409)).body.code).toBe(
      'groups.arrangement-already-restored',
    );
  });

  it('is for crisis coordinators of the same municipality only', async () => {
    const { serviceId } = await walkGroup();
    expect((await apply({ reference: 'by-staff', maxSize: 5 }, staff).expect(403)).body.code).toBe(
      'auth.forbidden',
    );
    await apply({ reference: 'crisis-oslo-check', maxSize: 5, serviceIds: [serviceId] }).expect(
      201,
    );
    const oslo = await api.bearer({
      tenant: '0301',
      subject: 'coordinator-oslo',
      roles: ['crisis-coordinator'],
    });
    expect((await restore('crisis-oslo-check', oslo).expect(404)).body.code).toBe('not-found');
    await restore('crisis-oslo-check', staff).expect(403);
    await restore('crisis-oslo-check').expect(200);
    await restore('no such reference!').expect(400);
  });
});
