import { KernelErrorCode } from '@lavterskel/kernel';
import { ApplyCohortSizeUseCase } from './apply-cohort-size.use-case';
import { CreateCohortUseCase } from './create-cohort.use-case';
import { CreateGroupUseCase } from './create-group.use-case';
import { GroupsErrorCode } from './groups-error';
import { JoinGroupUseCase } from './join-group.use-case';
import { RestoreArrangementUseCase } from './restore-arrangement.use-case';
import { UpdateGroupUseCase } from './update-group.use-case';
import { GroupBuilder, clientIds, slot } from './testing/builders';
import { OSLO, inMemoryGroups, testActor, type InMemoryGroups } from './testing/in-memory-ports';

const leader = testActor();
const coordinator = testActor({ subject: 'coordinator-liv', roles: ['crisis-coordinator'] });
const walkService = '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b';
const yogaService = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

/** Two groups: a walk (one cohort of 8, a second slot with room for one more cohort) and yoga (one cohort of 4). */
async function twoGroups(): Promise<InMemoryGroups & { walk: string; yoga: string }> {
  const ports = inMemoryGroups();
  const create = new CreateGroupUseCase(ports);
  const cohorts = new CreateCohortUseCase(ports);
  const join = new JoinGroupUseCase(ports);
  const walk = await create.execute({
    actor: leader,
    ...GroupBuilder.create({ serviceId: walkService }),
  });
  const yoga = await create.execute({
    actor: leader,
    ...GroupBuilder.create({
      serviceId: yogaService,
      name: 'Yoga',
      locationKind: 'online',
      schedule: [slot('tuesday', '18:00')],
    }),
  });
  await cohorts.execute({
    actor: leader,
    groupId: walk.id,
    slot: { weekday: 'monday', startTime: '10:00' },
    maxSize: 8,
  });
  await cohorts.execute({
    actor: leader,
    groupId: yoga.id,
    slot: { weekday: 'tuesday', startTime: '18:00' },
    maxSize: 6,
  });
  const members = clientIds(12);
  ports.relate(leader, ...members);
  for (const [index, clientId] of members.entries()) {
    await join.execute({ actor: leader, groupId: index < 8 ? walk.id : yoga.id, clientId });
  }
  return Object.assign(ports, { walk: walk.id, yoga: yoga.id });
}

const seats = (ports: InMemoryGroups) =>
  [...ports.db.tables.members.values()]
    .map((member) => `${member.clientId} ${member.status} ${member.cohortId}`)
    .sort();
const meeting = (ports: InMemoryGroups) =>
  [...ports.db.tables.cohorts.values()]
    .filter((cohort) => cohort.status === 'active')
    .map((cohort) => `${cohort.id} ${cohort.maxSize}`)
    .sort();

describe('ApplyCohortSizeUseCase and RestoreArrangementUseCase (GR-4)', () => {
  it('applies N to every group, returns the unplaced for follow-up, and restores the previous arrangement exactly', async () => {
    const ports = await twoGroups();
    const before = { seats: seats(ports), meeting: meeting(ports) };

    const applied = await new ApplyCohortSizeUseCase(ports).execute({
      actor: coordinator,
      reference: 'crisis-2026-11',
      maxSize: 3,
    });
    expect(applied).toMatchObject({
      groups: 2,
      cohortsResized: 2,
      cohortsOpened: 1,
      cohortsDissolved: 0,
      membersMoved: 3,
    });
    // walk: 8 → 3 kept + 3 in a new cohort, 2 without a seat; yoga: 4 → 3 kept, 1 without a seat.
    expect(applied.unplaced).toHaveLength(3);
    expect(applied.unplaced.filter((entry) => entry.groupId === ports.walk)).toHaveLength(2);
    for (const cohort of ports.db.tables.cohorts.values()) {
      const seated = [...ports.db.tables.members.values()].filter(
        (member) => member.status === 'active' && member.cohortId === cohort.id,
      );
      expect(seated.length).toBeLessThanOrEqual(3);
    }
    expect(ports.auditEntries).toContainEqual(
      expect.objectContaining({ action: 'create', resourceType: 'cohort-arrangement' }),
    );
    expect(
      ports.auditEntries.filter((entry) => entry.reason?.includes('waitlisted for follow-up')),
    ).toHaveLength(3);

    const restored = await new RestoreArrangementUseCase(ports).execute({
      actor: coordinator,
      reference: 'crisis-2026-11',
    });
    expect(restored).toMatchObject({
      groups: 2,
      membersReturned: 6,
      membersReseated: 0,
      cohortsClosed: 1,
      waitlisted: [],
    });
    expect({ seats: seats(ports), meeting: meeting(ports) }).toEqual(before);
    expect(ports.db.tables.arrangements.get(applied.arrangement.id)).toMatchObject({
      status: 'restored',
      restoredBy: 'coordinator-liv',
    });
  });

  it('covers only the given services’ groups', async () => {
    const ports = await twoGroups();
    const applied = await new ApplyCohortSizeUseCase(ports).execute({
      actor: coordinator,
      reference: 'yoga-only',
      maxSize: 3,
      serviceIds: [yogaService],
    });
    expect(applied.groups).toBe(1);
    expect(ports.db.tables.groups.get(ports.walk)?.activeArrangementId).toBeNull();
    expect(ports.db.tables.groups.get(ports.yoga)?.activeArrangementId).toBe(
      applied.arrangement.id,
    );
  });

  it('refuses N < 1, a reference used before and groups already rearranged, changing nothing', async () => {
    const ports = await twoGroups();
    const apply = new ApplyCohortSizeUseCase(ports);
    const before = seats(ports);
    await expect(
      apply.execute({ actor: coordinator, reference: 'r1', maxSize: 0 }),
    ).rejects.toMatchObject({
      code: GroupsErrorCode.InvalidInput,
      violations: [expect.objectContaining({ field: 'maxSize' })],
    });
    expect(seats(ports)).toEqual(before);
    await apply.execute({ actor: coordinator, reference: 'r1', maxSize: 5 });
    await expect(
      apply.execute({ actor: coordinator, reference: 'r1', maxSize: 4 }),
    ).rejects.toMatchObject({
      code: GroupsErrorCode.ArrangementReferenceTaken,
    });
    await expect(
      apply.execute({ actor: coordinator, reference: 'r2', maxSize: 4 }),
    ).rejects.toMatchObject({
      code: GroupsErrorCode.GroupAlreadyRearranged,
      details: { groupIds: expect.arrayContaining([ports.walk, ports.yoga]) },
    });
    expect(ports.db.tables.arrangements.size).toBe(1);
  });

  it('restores once, and only an arrangement of the caller’s municipality', async () => {
    const ports = await twoGroups();
    await new ApplyCohortSizeUseCase(ports).execute({
      actor: coordinator,
      reference: 'r1',
      maxSize: 5,
    });
    const restore = new RestoreArrangementUseCase(ports);
    await expect(
      restore.execute({ actor: testActor({ tenantId: OSLO }), reference: 'r1' }),
    ).rejects.toMatchObject({
      code: KernelErrorCode.NotFound,
    });
    await restore.execute({ actor: coordinator, reference: 'r1' });
    await expect(restore.execute({ actor: coordinator, reference: 'r1' })).rejects.toMatchObject({
      code: GroupsErrorCode.ArrangementAlreadyRestored,
    });
  });

  it('keeps new cohorts within N while the arrangement is in force; a new cohort seats the unplaced', async () => {
    const ports = await twoGroups();
    const applied = await new ApplyCohortSizeUseCase(ports).execute({
      actor: coordinator,
      reference: 'r1',
      maxSize: 3,
    });
    const yoga = ports.db.tables.groups.get(ports.yoga);
    await new UpdateGroupUseCase(ports).execute({
      actor: leader,
      groupId: ports.yoga,
      expectedVersion: yoga?.version ?? 0,
      edit: { schedule: [slot('tuesday', '18:00'), slot('thursday', '18:00')] },
    });
    const thursday = { weekday: 'thursday', startTime: '18:00' } as const;
    const cohorts = new CreateCohortUseCase(ports);
    await expect(
      cohorts.execute({ actor: leader, groupId: ports.yoga, slot: thursday, maxSize: 6 }),
    ).rejects.toMatchObject({
      code: GroupsErrorCode.CohortAboveArrangementLimit,
      violations: [expect.objectContaining({ field: 'maxSize', rule: 'arrangement-limit' })],
    });
    const opened = await cohorts.execute({
      actor: leader,
      groupId: ports.yoga,
      slot: thursday,
      maxSize: 3,
    });
    expect(opened.members).toBe(1);
    const unplaced = applied.unplaced.find((entry) => entry.groupId === ports.yoga);
    expect(ports.db.tables.members.get(unplaced?.membershipId ?? '')).toMatchObject({
      status: 'active',
      cohortId: opened.cohort.id,
    });
  });
});
