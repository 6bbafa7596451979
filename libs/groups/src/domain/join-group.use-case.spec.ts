import { KernelErrorCode } from '@lavterskel/kernel';
import { CreateCohortUseCase } from './create-cohort.use-case';
import { CreateGroupUseCase } from './create-group.use-case';
import { GroupsErrorCode } from './groups-error';
import { JoinGroupUseCase } from './join-group.use-case';
import { LeaveGroupUseCase } from './leave-group.use-case';
import { GroupBuilder, clientIds } from './testing/builders';
import { OSLO, inMemoryGroups, testActor } from './testing/in-memory-ports';

describe('JoinGroupUseCase and LeaveGroupUseCase', () => {
  const leader = testActor();
  const [anne, bjorn, cato] = clientIds(3) as [string, string, string];

  async function groupWithCohort(maxSize: number) {
    const ports = inMemoryGroups();
    ports.relate(leader, anne, bjorn, cato);
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
    return {
      ports,
      group,
      cohort,
      join: new JoinGroupUseCase(ports),
      leave: new LeaveGroupUseCase(ports),
    };
  }

  it('seats a client, audits it against the client, and waitlists the next when the cohort is full', async () => {
    const { ports, group, cohort, join } = await groupWithCohort(1);
    const seated = await join.execute({
      actor: leader,
      groupId: group.id,
      clientId: anne,
      cohortId: cohort.id,
    });
    expect(seated).toMatchObject({ status: 'active', cohortId: cohort.id, version: 1 });
    const waiting = await join.execute({
      actor: leader,
      groupId: group.id,
      clientId: bjorn,
      cohortId: cohort.id,
      waitlistIfFull: true,
    });
    expect(waiting).toMatchObject({ status: 'waitlisted', cohortId: null });
    expect(ports.auditEntries.filter((entry) => entry.resourceType === 'group-membership')).toEqual(
      [
        expect.objectContaining({ action: 'create', clientId: anne, reason: 'joined a cohort' }),
        expect.objectContaining({
          action: 'create',
          clientId: bjorn,
          reason: 'joined the waitlist',
        }),
      ],
    );
  });

  it('refuses a full cohort (409) and a client twice, and saves nothing', async () => {
    const { ports, group, cohort, join } = await groupWithCohort(1);
    await join.execute({ actor: leader, groupId: group.id, clientId: anne, cohortId: cohort.id });
    const audited = ports.auditEntries.length;
    await expect(
      join.execute({ actor: leader, groupId: group.id, clientId: bjorn, cohortId: cohort.id }),
    ).rejects.toMatchObject({
      code: GroupsErrorCode.CohortFull,
    });
    await expect(
      join.execute({ actor: leader, groupId: group.id, clientId: anne }),
    ).rejects.toMatchObject({ code: GroupsErrorCode.AlreadyMember });
    expect(ports.db.tables.members.size).toBe(1);
    expect(ports.auditEntries).toHaveLength(audited);
  });

  it('answers 404 for a client outside the actor’s care relations, a group of another municipality, or an unknown cohort', async () => {
    const { ports, group, join } = await groupWithCohort(5);
    const stranger = testActor({ subject: 'nurse-ola' });
    await expect(
      join.execute({ actor: stranger, groupId: group.id, clientId: anne }),
    ).rejects.toMatchObject({ code: KernelErrorCode.NotFound });
    const oslo = testActor({ tenantId: OSLO });
    ports.relate(oslo, anne);
    await expect(
      join.execute({ actor: oslo, groupId: group.id, clientId: anne }),
    ).rejects.toMatchObject({ code: KernelErrorCode.NotFound });
    await expect(
      join.execute({
        actor: leader,
        groupId: group.id,
        clientId: anne,
        cohortId: '0b8d7a5e-1f2c-4d3b-9a8e-7f6c5d4b3a21',
      }),
    ).rejects.toMatchObject({ code: KernelErrorCode.NotFound });
    expect(ports.db.tables.members.size).toBe(0);
  });

  it('lets a staff member without a care relation act with a written reason, audited as break-glass', async () => {
    const { ports, group, join } = await groupWithCohort(5);
    const stranger = testActor({ subject: 'nurse-ola' });
    await join.execute({
      actor: stranger,
      groupId: group.id,
      clientId: cato,
      breakGlassReason: 'Client asked at the door, leader is away',
    });
    expect(ports.auditEntries).toContainEqual(
      expect.objectContaining({ action: 'break-glass', clientId: cato }),
    );
  });

  it('refuses a client the registry does not know, even with a break-glass reason, and writes nothing', async () => {
    const { ports, group, join } = await groupWithCohort(5);
    const audited = ports.auditEntries.length;
    const [unknown] = clientIds(1) as [string];
    await expect(
      join.execute({
        actor: leader,
        groupId: group.id,
        clientId: unknown,
        breakGlassReason: 'Client says they are registered here',
      }),
    ).rejects.toMatchObject({ code: KernelErrorCode.NotFound, message: 'No client with this id.' });
    ports.register(unknown);
    await expect(
      join.execute({ actor: leader, groupId: group.id, clientId: unknown }),
    ).rejects.toMatchObject({ code: KernelErrorCode.NotFound });
    expect(ports.db.tables.members.size).toBe(0);
    expect(ports.auditEntries).toHaveLength(audited);
  });

  it('promotes the first waiting member when a member leaves, and audits both', async () => {
    const { ports, group, cohort, join, leave } = await groupWithCohort(1);
    await join.execute({ actor: leader, groupId: group.id, clientId: anne, cohortId: cohort.id });
    await join.execute({ actor: leader, groupId: group.id, clientId: bjorn, waitlistIfFull: true });
    ports.clock.set('2026-11-23T08:05:00Z');
    await join.execute({ actor: leader, groupId: group.id, clientId: cato, waitlistIfFull: true });
    const left = await leave.execute({
      actor: leader,
      groupId: group.id,
      clientId: anne,
      expectedVersion: 1,
    });
    expect(left).toMatchObject({ status: 'left', version: 2 });
    const promoted = [...ports.db.tables.members.values()].find(
      (member) => member.clientId === bjorn,
    );
    expect(promoted).toMatchObject({ status: 'active', cohortId: cohort.id, version: 2 });
    expect(ports.auditEntries.slice(-2)).toEqual([
      expect.objectContaining({ action: 'update', clientId: anne, reason: 'left the group' }),
      expect.objectContaining({
        action: 'update',
        clientId: bjorn,
        reason: 'seat freed: promoted from the waitlist',
      }),
    ]);
  });
});
