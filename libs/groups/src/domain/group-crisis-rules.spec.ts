import { CreateCohortUseCase } from './create-cohort.use-case';
import { CreateGroupUseCase } from './create-group.use-case';
import { GroupsErrorCode } from './groups-error';
import { JoinGroupUseCase } from './join-group.use-case';
import { GroupBuilder, clientIds } from './testing/builders';
import { inMemoryGroups, testActor } from './testing/in-memory-ports';

describe('crisis rules in force (CR-7) on joining a group', () => {
  const leader = testActor();
  const [anne, bjorn, cato, dina] = clientIds(4) as [string, string, string, string];

  async function groupWithCohort(maxSize: number) {
    const ports = inMemoryGroups();
    ports.relate(leader, anne, bjorn, cato, dina);
    const group = await new CreateGroupUseCase(ports).execute({
      actor: leader,
      ...GroupBuilder.create(),
    });
    const { cohort } = await new CreateCohortUseCase(ports).execute({
      actor: leader,
      groupId: group.id,
      slot: { weekday: 'monday', startTime: '10:00' },
      maxSize,
    });
    const join = new JoinGroupUseCase(ports);
    return {
      ports,
      group,
      cohort,
      join: (clientId: string, waitlistIfFull = false) =>
        join.execute({ actor: leader, groupId: group.id, clientId, waitlistIfFull }),
    };
  }

  it('refuses a join the rules forbid, naming the rule and the level, and writes nothing', async () => {
    const { ports, group, join } = await groupWithCohort(10);
    ports.crisisRules.refuse('groups-closed');
    const audited = ports.auditEntries.length;
    const error = await join(anne).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: GroupsErrorCode.RefusedByCrisisPolicy,
      details: { rule: 'groups-closed', level: 'red', planVersion: 3 },
    });
    expect((error as Error).message).toMatch(/groups-closed.*red/);
    expect(ports.db.tables.members.size).toBe(0);
    expect(ports.auditEntries).toHaveLength(audited);
    expect(ports.crisisRules.checks).toEqual([
      {
        actor: leader,
        serviceId: group.serviceId,
        groupId: group.id,
        clientId: anne,
        membersNow: 0,
      },
    ]);
  });

  it('also refuses a place on the waitlist, asking without a cohort head count', async () => {
    const { ports, join } = await groupWithCohort(1);
    await join(anne);
    ports.crisisRules.refuse('group-residents-only');
    await expect(join(bjorn, true)).rejects.toMatchObject({
      code: GroupsErrorCode.RefusedByCrisisPolicy,
    });
    expect(ports.crisisRules.checks.at(-1)).toMatchObject({ clientId: bjorn, membersNow: null });
    expect(ports.db.tables.members.size).toBe(1);
  });

  it('seats a client with an individual exception', async () => {
    const { ports, join } = await groupWithCohort(10);
    ports.crisisRules.refuse('groups-closed').except(anne);
    await expect(join(anne)).resolves.toMatchObject({ status: 'active' });
    await expect(join(bjorn)).rejects.toMatchObject({
      code: GroupsErrorCode.RefusedByCrisisPolicy,
    });
    expect(ports.db.tables.members.size).toBe(1);
  });

  it('passes the head count of the cohort being joined, so a cohort larger than the level’s size stops at it', async () => {
    const { ports, join } = await groupWithCohort(10);
    ports.crisisRules.limitSize(2);
    await join(anne);
    await join(bjorn);
    await expect(join(cato)).rejects.toMatchObject({
      code: GroupsErrorCode.RefusedByCrisisPolicy,
      details: { rule: 'group-size' },
    });
    expect(ports.crisisRules.checks.map((check) => check.membersNow)).toEqual([0, 1, 2]);
    expect(ports.db.tables.members.size).toBe(2);
  });

  it('changes nothing without crisis rules: the default allows every join', async () => {
    const { ports, join } = await groupWithCohort(2);
    await join(anne);
    await join(bjorn);
    await expect(join(cato, true)).resolves.toMatchObject({ status: 'waitlisted' });
    await expect(join(dina)).rejects.toMatchObject({ code: GroupsErrorCode.GroupFull });
    expect(ports.db.tables.members.size).toBe(3);
  });
});
