import { KernelErrorCode } from '@lavterskel/kernel';
import { CreateCohortUseCase } from './create-cohort.use-case';
import { CreateGroupUseCase } from './create-group.use-case';
import { ExportCohortUseCase } from './export-cohort.use-case';
import { GenerateSessionsUseCase } from './generate-sessions.use-case';
import { GetGroupUseCase } from './get-group.use-case';
import { GroupsErrorCode } from './groups-error';
import { JoinGroupUseCase } from './join-group.use-case';
import { ListGroupsUseCase } from './list-groups.use-case';
import { UpdateGroupUseCase } from './update-group.use-case';
import { GroupBuilder, clientIds, slot } from './testing/builders';
import { OSLO, inMemoryGroups, testActor } from './testing/in-memory-ports';

const leader = testActor();
const monday10 = { weekday: 'monday', startTime: '10:00' } as const;

describe('groups and cohorts (GR-1, GR-3)', () => {
  it('creates a group with its schedule in weekday order, audited, and lists it only in its municipality', async () => {
    const ports = inMemoryGroups();
    const group = await new CreateGroupUseCase(ports).execute({
      actor: leader,
      ...GroupBuilder.create({
        name: '  Street football ',
        schedule: [slot('thursday', '18:00'), slot('monday', '10:00', 2)],
      }),
    });
    expect(group).toMatchObject({ name: 'Street football', version: 1, activeArrangementId: null });
    expect(group.schedule.map((entry) => entry.weekday)).toEqual(['monday', 'thursday']);
    expect(ports.auditEntries).toEqual([
      expect.objectContaining({ action: 'create', resourceType: 'group', resourceId: group.id }),
    ]);
    const list = new ListGroupsUseCase(ports);
    expect((await list.execute({ actor: leader })).items.map((item) => item.id)).toEqual([
      group.id,
    ]);
    expect((await list.execute({ actor: testActor({ tenantId: OSLO }) })).items).toEqual([]);
  });

  it('names every broken rule of a new group, and saves nothing', async () => {
    const ports = inMemoryGroups();
    const attempt = new CreateGroupUseCase(ports).execute({
      actor: leader,
      ...GroupBuilder.create({
        serviceId: 'skien',
        capacity: 0,
        schedule: [slot('monday', '25:00'), slot('monday', '25:00', 0)],
      }),
    });
    await expect(attempt).rejects.toMatchObject({
      code: GroupsErrorCode.InvalidInput,
      violations: expect.arrayContaining([
        expect.objectContaining({ field: 'serviceId', rule: 'uuid' }),
        expect.objectContaining({ field: 'capacity', rule: 'range' }),
        expect.objectContaining({ field: 'schedule[0].startTime', rule: 'time-of-day' }),
        expect.objectContaining({ field: 'schedule[1].maxCohorts', rule: 'range' }),
        expect.objectContaining({ field: 'schedule[1]', rule: 'unique-slot' }),
      ]),
    });
    expect(ports.db.tables.groups.size).toBe(0);
  });

  it('refuses a cohort outside the schedule, beyond the slot’s cohorts, or of size 0', async () => {
    const ports = inMemoryGroups();
    const group = await new CreateGroupUseCase(ports).execute({
      actor: leader,
      ...GroupBuilder.create(),
    });
    const cohorts = new CreateCohortUseCase(ports);
    await expect(
      cohorts.execute({
        actor: leader,
        groupId: group.id,
        slot: { weekday: 'friday', startTime: '10:00' },
        maxSize: 5,
      }),
    ).rejects.toMatchObject({
      code: GroupsErrorCode.SlotNotInSchedule,
      violations: [expect.objectContaining({ field: 'slot', rule: 'in-schedule' })],
    });
    await expect(
      cohorts.execute({ actor: leader, groupId: group.id, slot: monday10, maxSize: 0 }),
    ).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'maxSize', rule: 'range' })],
    });
    await cohorts.execute({ actor: leader, groupId: group.id, slot: monday10, maxSize: 5 });
    await expect(
      cohorts.execute({ actor: leader, groupId: group.id, slot: monday10, maxSize: 5 }),
    ).rejects.toMatchObject({ code: GroupsErrorCode.SlotFull });
    expect(ports.db.tables.cohorts.size).toBe(1);
  });

  it('changes a group with the version read: keeps slots in use and capacity above the members', async () => {
    const ports = inMemoryGroups();
    const group = await new CreateGroupUseCase(ports).execute({
      actor: leader,
      ...GroupBuilder.create(),
    });
    await new CreateCohortUseCase(ports).execute({
      actor: leader,
      groupId: group.id,
      slot: monday10,
      maxSize: 5,
    });
    const members = clientIds(2);
    ports.relate(leader, ...members);
    for (const clientId of members)
      await new JoinGroupUseCase(ports).execute({ actor: leader, groupId: group.id, clientId });
    const update = new UpdateGroupUseCase(ports);
    await expect(
      update.execute({
        actor: leader,
        groupId: group.id,
        expectedVersion: 1,
        edit: { schedule: [slot('monday', '14:00')] },
      }),
    ).rejects.toMatchObject({
      code: GroupsErrorCode.SlotInUse,
    });
    await expect(
      update.execute({
        actor: leader,
        groupId: group.id,
        expectedVersion: 1,
        edit: { capacity: 1 },
      }),
    ).rejects.toMatchObject({
      code: GroupsErrorCode.CapacityBelowMembers,
    });
    const moved = await update.execute({
      actor: leader,
      groupId: group.id,
      expectedVersion: 1,
      edit: { locationKind: 'online', capacity: 2 },
    });
    expect(moved).toMatchObject({ locationKind: 'online', capacity: 2, version: 2 });
    await expect(
      update.execute({
        actor: leader,
        groupId: group.id,
        expectedVersion: 1,
        edit: { name: 'Again' },
      }),
    ).rejects.toMatchObject({
      code: KernelErrorCode.ConcurrentModification,
    });
    const overview = await new GetGroupUseCase(ports).execute({ actor: leader, groupId: group.id });
    expect(overview).toMatchObject({
      activeMembers: 2,
      waitlisted: 0,
      cohorts: [{ members: 2, cohort: { slot: monday10, maxSize: 5 } }],
    });
  });

  it('generates one session per cohort on each date its weekday falls on, once', async () => {
    const ports = inMemoryGroups();
    const group = await new CreateGroupUseCase(ports).execute({
      actor: leader,
      ...GroupBuilder.create(),
    });
    await new CreateCohortUseCase(ports).execute({
      actor: leader,
      groupId: group.id,
      slot: monday10,
      maxSize: 5,
    });
    await new CreateCohortUseCase(ports).execute({
      actor: leader,
      groupId: group.id,
      slot: { weekday: 'monday', startTime: '14:00' },
      maxSize: 5,
    });
    const generate = new GenerateSessionsUseCase(ports);
    // 2026-11-01 is a Sunday: Mondays 2 and 9 November.
    expect(
      await generate.execute({
        actor: leader,
        groupId: group.id,
        from: '2026-11-01',
        to: '2026-11-10',
      }),
    ).toEqual({ planned: 4, created: 4 });
    expect(
      await generate.execute({
        actor: leader,
        groupId: group.id,
        from: '2026-11-01',
        to: '2026-11-16',
      }),
    ).toEqual({ planned: 6, created: 2 });
    expect(
      [...new Set([...ports.db.tables.sessions.values()].map((session) => session.date))].sort(),
    ).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    await expect(
      generate.execute({ actor: leader, groupId: group.id, from: '2026-11-10', to: '2026-11-01' }),
    ).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'to', rule: 'not-before-from' })],
    });
  });

  it('exports a cohort as a FHIR Group listing only the members the caller may see', async () => {
    const ports = inMemoryGroups();
    const group = await new CreateGroupUseCase(ports).execute({
      actor: leader,
      ...GroupBuilder.create({ name: 'Yoga' }),
    });
    const { cohort } = await new CreateCohortUseCase(ports).execute({
      actor: leader,
      groupId: group.id,
      slot: monday10,
      maxSize: 5,
    });
    const [mine, theirs] = clientIds(2) as [string, string];
    ports.relate(leader, mine);
    ports.register(theirs);
    const join = new JoinGroupUseCase(ports);
    await join.execute({ actor: leader, groupId: group.id, clientId: mine });
    await join.execute({
      actor: leader,
      groupId: group.id,
      clientId: theirs,
      breakGlassReason: 'Enrolled by phone, leader away',
    });
    const exported = await new ExportCohortUseCase(ports).execute({
      actor: leader,
      groupId: group.id,
      cohortId: cohort.id,
    });
    expect(exported).toMatchObject({
      resourceType: 'Group',
      id: cohort.id,
      name: 'Yoga, Monday 10:00',
      quantity: 2,
      member: [{ entity: { reference: `Patient/${mine}` } }],
    });
    expect(ports.auditEntries.at(-1)).toMatchObject({
      action: 'export',
      resourceType: 'cohort',
      resourceId: cohort.id,
    });
  });
});
