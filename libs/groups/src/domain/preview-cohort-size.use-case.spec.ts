import { ApplyCohortSizeUseCase } from './apply-cohort-size.use-case';
import { CreateCohortUseCase } from './create-cohort.use-case';
import { CreateGroupUseCase } from './create-group.use-case';
import { JoinGroupUseCase } from './join-group.use-case';
import { PreviewCohortSizeUseCase } from './preview-cohort-size.use-case';
import { GroupBuilder, clientIds } from './testing/builders';
import { inMemoryGroups, testActor } from './testing/in-memory-ports';

const leader = testActor();
const coordinator = testActor({ subject: 'coordinator-liv', roles: ['crisis-coordinator'] });

describe('PreviewCohortSizeUseCase', () => {
  it('tells what applying the size would do, and writes nothing', async () => {
    const ports = inMemoryGroups();
    const group = await new CreateGroupUseCase(ports).execute({
      actor: leader,
      ...GroupBuilder.create(),
    });
    await new CreateCohortUseCase(ports).execute({
      actor: leader,
      groupId: group.id,
      slot: { weekday: 'monday', startTime: '10:00' },
      maxSize: 9,
    });
    const members = clientIds(9);
    ports.relate(leader, ...members);
    for (const clientId of members) {
      await new JoinGroupUseCase(ports).execute({ actor: leader, groupId: group.id, clientId });
    }
    const seatsBefore = JSON.stringify([...ports.db.tables.members.values()]);

    const preview = await new PreviewCohortSizeUseCase(ports).execute({
      actor: coordinator,
      maxSize: 3,
    });
    expect(JSON.stringify([...ports.db.tables.members.values()])).toBe(seatsBefore);

    const applied = await new ApplyCohortSizeUseCase(ports).execute({
      actor: coordinator,
      reference: 'crisis-red',
      maxSize: 3,
    });
    expect(preview.groups).toBe(applied.groups);
    expect(preview.membersMoved).toBe(applied.membersMoved);
    expect(preview.unplaced.map((member) => member.membershipId)).toEqual(
      applied.unplaced.map((member) => member.membershipId),
    );
    expect(preview.groupsChanged).toEqual(applied.groupsChanged);
    expect(preview.unplaced.length).toBeGreaterThan(0);
  });
});
