import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { newId, type Actor } from '@lavterskel/kernel';
import { ApplyCohortSizeUseCase } from '../domain/apply-cohort-size.use-case';
import { RestoreArrangementUseCase } from '../domain/restore-arrangement.use-case';
import { WEEKDAYS } from '../domain/schedule';
import { CohortEntity } from './cohort.entity';
import { GroupEntity, type ScheduleSlotJson } from './group.entity';
import { MembershipEntity } from './membership.entity';
import {
  SKIEN,
  groupsOnPostgres,
  groupsTestSchema,
  type GroupsOnPostgres,
} from './testing/groups-test-database';
import { chunks } from './chunks';

const coordinator: Actor = {
  subject: 'coordinator-liv',
  tenantId: SKIEN,
  roles: ['crisis-coordinator'],
  teamIds: [],
};
const T0 = new Date('2026-11-02T08:00:00Z');

/** A small deterministic generator, so the 200 groups are the same on every run. */
function sequence(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor(state / 65_536) % below;
  };
}

/** 200 groups of mixed shapes: 1–4 slots holding 1–3 cohorts each, cohorts of up to 15, some preferences. */
function mixedGroups(count: number) {
  const next = sequence(20_261_123);
  const groups: GroupEntity[] = [];
  const cohorts: CohortEntity[] = [];
  const members: MembershipEntity[] = [];
  for (let g = 0; g < count; g += 1) {
    const schedule: ScheduleSlotJson[] = Array.from({ length: 1 + next(4) }, (_, s) => ({
      weekday: WEEKDAYS[s] ?? 'monday',
      startTime: s % 2 === 0 ? '10:00' : '14:00',
      durationMinutes: 60,
      maxCohorts: 1 + next(3),
    }));
    const group = Object.assign(new GroupEntity(), {
      id: newId(),
      tenantId: SKIEN,
      serviceId: newId(),
      name: `Group ${String(g).padStart(3, '0')}`,
      locationKind: 'outdoor',
      capacity: 200,
      schedule,
      activeArrangementId: null,
      version: 1,
      createdAt: T0,
      updatedAt: T0,
    });
    groups.push(group);
    for (const slot of schedule) {
      const cohortCount = 1 + next(slot.maxCohorts);
      for (let c = 0; c < cohortCount; c += 1) {
        const maxSize = 3 + next(13);
        const cohort = Object.assign(new CohortEntity(), {
          id: newId(),
          tenantId: SKIEN,
          groupId: group.id,
          weekday: slot.weekday,
          startTime: slot.startTime,
          maxSize,
          status: 'active',
          createdAt: T0,
        });
        cohorts.push(cohort);
        const size = next(maxSize + 1);
        for (let m = 0; m < size; m += 1) {
          const preferred = next(4) === 0 ? schedule[next(schedule.length)] : undefined;
          members.push(
            Object.assign(new MembershipEntity(), {
              id: newId(),
              tenantId: SKIEN,
              groupId: group.id,
              clientId: newId(),
              status: 'active',
              cohortId: cohort.id,
              preferredWeekday: preferred?.weekday ?? null,
              preferredStartTime: preferred?.startTime ?? null,
              joinedAt: new Date(T0.getTime() + members.length * 1000),
              waitlistedAt: null,
              leftAt: null,
              version: 1,
            }),
          );
        }
      }
    }
  }
  return { groups, cohorts, members };
}

describe('applying and restoring a cohort size for a whole municipality (GR-4, on PostgreSQL)', () => {
  let db: TestDatabase;
  let groups: GroupsOnPostgres;

  beforeAll(async () => {
    db = await createTestDatabase(groupsTestSchema);
    groups = groupsOnPostgres(db.dataSource);
    const rows = mixedGroups(200);
    await groups.host.run(async () => {
      for (const chunk of chunks(rows.groups))
        await groups.host.manager().insert(GroupEntity, chunk);
      for (const chunk of chunks(rows.cohorts))
        await groups.host.manager().insert(CohortEntity, chunk);
      for (const chunk of chunks(rows.members))
        await groups.host.manager().insert(MembershipEntity, chunk);
    });
  });
  afterAll(() => db.drop());

  /** Every meeting cohort with its size limit, and every membership with its status and seat. */
  const arrangement = async () => ({
    cohorts: await db.dataSource.query(
      `SELECT id, weekday, start_time, max_size FROM groups.cohort WHERE status = 'active' ORDER BY id`,
    ),
    members: await db.dataSource.query(
      `SELECT id, status, cohort_id FROM groups.membership ORDER BY id`,
    ),
  });

  it('applies N = 5 to 200 groups of mixed sizes, then restores the original arrangement exactly', async () => {
    const before = await arrangement();
    expect(before.cohorts.length).toBeGreaterThan(250);
    expect(before.members.length).toBeGreaterThan(1000);

    const applied = await new ApplyCohortSizeUseCase(groups.ports).execute({
      actor: coordinator,
      reference: 'covid-red-2026',
      maxSize: 5,
    });
    expect(applied.groups).toBe(200);
    expect(applied.membersMoved).toBeGreaterThan(0);

    const [largest] = await db.dataSource.query(
      `SELECT coalesce(max(seated), 0)::int AS seated, (SELECT max(max_size) FROM groups.cohort WHERE status = 'active') AS limit
       FROM (SELECT count(*) AS seated FROM groups.membership m JOIN groups.cohort c ON c.id = m.cohort_id
             WHERE m.status = 'active' AND c.status = 'active' GROUP BY c.id) per_cohort`,
    );
    expect(largest.seated).toBeLessThanOrEqual(5);
    expect(largest.limit).toBeLessThanOrEqual(5);
    const [{ stranded }] = await db.dataSource.query(
      `SELECT count(*)::int AS stranded FROM groups.membership m JOIN groups.cohort c ON c.id = m.cohort_id WHERE c.status <> 'active'`,
    );
    expect(stranded).toBe(0);
    const waitlisted: { id: string }[] = await db.dataSource.query(
      `SELECT id FROM groups.membership WHERE status = 'waitlisted' ORDER BY id`,
    );
    expect(waitlisted.map((row) => row.id)).toEqual(
      applied.unplaced.map((entry) => entry.membershipId).sort(),
    );
    expect((await arrangement()).members).toHaveLength(before.members.length);

    const restored = await new RestoreArrangementUseCase(groups.ports).execute({
      actor: coordinator,
      reference: 'covid-red-2026',
    });
    expect(restored.membersReturned).toBe(applied.membersMoved + applied.unplaced.length);
    expect(await arrangement()).toEqual(before);
    const [{ active }] = await db.dataSource.query(
      `SELECT count(*)::int AS active FROM groups.activity_group WHERE active_arrangement_id IS NOT NULL`,
    );
    expect(active).toBe(0);
  });
});
