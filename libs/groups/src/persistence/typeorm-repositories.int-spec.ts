import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { KernelErrorCode, newId, type TenantId } from '@lavterskel/kernel';
import type { Cohort } from '../domain/cohort';
import type { Group } from '../domain/group';
import { GroupsErrorCode } from '../domain/groups-error';
import type { Membership } from '../domain/membership';
import { NO_CHANGES } from '../domain/roster';
import type { Session } from '../domain/session';
import {
  SKIEN,
  groupsOnPostgres,
  groupsTestSchema,
  type GroupsOnPostgres,
} from './testing/groups-test-database';

const T0 = new Date('2026-11-02T08:00:00Z');
const OSLO = '0301' as TenantId;

function group(overrides: Partial<Group> = {}): Group {
  return {
    id: newId(),
    tenantId: SKIEN,
    serviceId: newId(),
    name: 'Walk and talk',
    locationKind: 'outdoor',
    capacity: 10,
    schedule: [{ weekday: 'monday', startTime: '10:00', durationMinutes: 60, maxCohorts: 2 }],
    activeArrangementId: null,
    version: 1,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

describe('TypeORM repositories of @lavterskel/groups (on PostgreSQL)', () => {
  let db: TestDatabase;
  let pg: GroupsOnPostgres;

  beforeAll(async () => {
    db = await createTestDatabase(groupsTestSchema);
    pg = groupsOnPostgres(db.dataSource);
  });
  afterAll(() => db.drop());

  /** A group with one cohort, saved. */
  async function seeded(): Promise<{ group: Group; cohort: Cohort }> {
    const saved = group();
    const cohort: Cohort = {
      id: newId(),
      tenantId: SKIEN,
      groupId: saved.id,
      slot: { weekday: 'monday', startTime: '10:00' },
      maxSize: 5,
      status: 'active',
      createdAt: T0,
    };
    await pg.host.run(async () => {
      await pg.ports.groups.insert(saved);
      await pg.ports.rosters.save(SKIEN, { ...NO_CHANGES, insertedCohorts: [cohort] });
    });
    return { group: saved, cohort };
  }

  const member = (groupId: string, cohortId: string, clientId = newId()): Membership => ({
    id: newId(),
    tenantId: SKIEN,
    groupId,
    clientId,
    status: 'active',
    cohortId,
    preferredSlot: { weekday: 'monday', startTime: '10:00' },
    joinedAt: T0,
    waitlistedAt: null,
    leftAt: null,
    version: 1,
  });

  it('loads a roster under lock, only in its tenant, and saves member changes on the stored version', async () => {
    const { group: saved, cohort } = await seeded();
    const anne = member(saved.id, cohort.id);
    await pg.host.run(() =>
      pg.ports.rosters.save(SKIEN, { ...NO_CHANGES, insertedMembers: [anne] }),
    );
    const roster = await pg.host.run(() => pg.ports.rosters.lock(SKIEN, saved.id));
    expect(roster).toEqual({ group: saved, cohorts: [cohort], members: [anne] });
    expect(await pg.host.run(() => pg.ports.rosters.lock(OSLO, saved.id))).toBeNull();

    const left: Membership = { ...anne, status: 'left', cohortId: null, leftAt: T0, version: 2 };
    await pg.host.run(() =>
      pg.ports.rosters.save(SKIEN, { ...NO_CHANGES, updatedMembers: [left] }),
    );
    expect(await pg.ports.rosters.findMembership(SKIEN, saved.id, anne.clientId)).toEqual(left);
    await expect(
      pg.host.run(() => pg.ports.rosters.save(SKIEN, { ...NO_CHANGES, updatedMembers: [left] })),
    ).rejects.toMatchObject({
      code: KernelErrorCode.ConcurrentModification,
    });
  });

  it('lets the database refuse a client twice in a group (unique index) as already-member', async () => {
    const { group: saved, cohort } = await seeded();
    const clientId = newId();
    await pg.host.run(() =>
      pg.ports.rosters.save(SKIEN, {
        ...NO_CHANGES,
        insertedMembers: [member(saved.id, cohort.id, clientId)],
      }),
    );
    await expect(
      pg.host.run(() =>
        pg.ports.rosters.save(SKIEN, {
          ...NO_CHANGES,
          insertedMembers: [member(saved.id, cohort.id, clientId)],
        }),
      ),
    ).rejects.toMatchObject({ code: GroupsErrorCode.AlreadyMember });
  });

  it('refuses a seated member without a cohort (check constraint), saving nothing', async () => {
    const { group: saved, cohort } = await seeded();
    const broken = { ...member(saved.id, cohort.id), cohortId: null };
    await expect(
      pg.host.run(() => pg.ports.rosters.save(SKIEN, { ...NO_CHANGES, insertedMembers: [broken] })),
    ).rejects.toThrow(/membership_seated_check/);
    expect(await pg.ports.rosters.findMembership(SKIEN, saved.id, broken.clientId)).toBeNull();
  });

  it('updates a group only from the version it read', async () => {
    const saved = group();
    await pg.ports.groups.insert(saved);
    await pg.ports.groups.update({ ...saved, name: 'Football', version: 2 });
    await expect(
      pg.ports.groups.update({ ...saved, name: 'Lost update', version: 2 }),
    ).rejects.toMatchObject({
      code: KernelErrorCode.ConcurrentModification,
    });
    expect(await pg.ports.groups.find(SKIEN, saved.id)).toMatchObject({
      name: 'Football',
      version: 2,
    });
  });

  it('lists groups by name a page at a time, within the tenant', async () => {
    const serviceId = newId();
    for (const name of ['Yoga', 'Aftercare', 'Swimming'])
      await pg.ports.groups.insert(group({ serviceId, name }));
    await pg.ports.groups.insert(group({ serviceId, name: 'Oslo group', tenantId: OSLO }));
    const first = await pg.ports.groups.list({ tenantId: SKIEN, serviceId, limit: 2 });
    expect(first.items.map((item) => item.name)).toEqual(['Aftercare', 'Swimming']);
    const second = await pg.ports.groups.list({
      tenantId: SKIEN,
      serviceId,
      limit: 2,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second).toMatchObject({
      items: [expect.objectContaining({ name: 'Yoga' })],
      nextCursor: null,
    });
  });

  it('inserts each session once, and finds who was present together', async () => {
    const { group: saved, cohort } = await seeded();
    const session = (date: string): Session => ({
      id: newId(),
      tenantId: SKIEN,
      groupId: saved.id,
      cohortId: cohort.id,
      date,
      startTime: '10:00',
      durationMinutes: 60,
      createdAt: T0,
    });
    expect(
      await pg.ports.sessions.insertMissing([session('2026-11-02'), session('2026-11-09')]),
    ).toBe(2);
    expect(
      await pg.ports.sessions.insertMissing([session('2026-11-09'), session('2026-11-16')]),
    ).toBe(1);
    const page = await pg.ports.sessions.list({
      tenantId: SKIEN,
      groupId: saved.id,
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(page.items.map((item) => item.date)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);

    const [first] = page.items;
    const [index, contact, absent] = [newId(), newId(), newId()];
    const attend = (clientId: string, status: 'present' | 'absent') =>
      pg.ports.attendance.insert({
        id: newId(),
        tenantId: SKIEN,
        sessionId: first?.id ?? '',
        groupId: saved.id,
        clientId,
        status,
        recordedAt: T0,
        recordedBy: 'leader-kari',
        version: 1,
      });
    await attend(index, 'present');
    await attend(contact, 'present');
    await attend(absent, 'absent');
    await expect(attend(contact, 'absent')).rejects.toMatchObject({
      code: KernelErrorCode.ConcurrentModification,
    });
    expect(
      await pg.ports.attendance.sharedSessions({
        tenantId: SKIEN,
        clientId: index,
        from: '2026-11-01',
        to: '2026-11-07',
      }),
    ).toEqual([
      {
        contactClientId: contact,
        sessionId: first?.id,
        groupId: saved.id,
        cohortId: cohort.id,
        date: '2026-11-02',
        startTime: '10:00',
      },
    ]);
    expect(
      await pg.ports.attendance.sharedSessions({
        tenantId: OSLO,
        clientId: index,
        from: '2026-11-01',
        to: '2026-11-07',
      }),
    ).toEqual([]);
    expect(
      await pg.ports.attendance.sharedSessions({
        tenantId: SKIEN,
        clientId: index,
        from: '2026-11-03',
        to: '2026-11-30',
      }),
    ).toEqual([]);
  });
});
