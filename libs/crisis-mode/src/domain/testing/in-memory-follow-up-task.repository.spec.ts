import type { TenantId } from '@lavterskel/kernel';
import { FollowUpTaskBuilder } from './follow-up-task.builder';
import { InMemoryFollowUpTaskRepository } from './in-memory-follow-up-task.repository';

const SKIEN = '4003' as TenantId;
const TEAM = '7f3c1b2a-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const AT = new Date('2026-11-24T10:00:00Z');

describe('InMemoryFollowUpTaskRepository (the fake the use-case tests rely on)', () => {
  it('pages the most urgent first, then the earliest due, without repeating or skipping', async () => {
    const repository = new InMemoryFollowUpTaskRepository();
    const tasks = [
      ...FollowUpTaskBuilder.many(3, { priority: 'routine', due: '2026-11-25' }),
      ...FollowUpTaskBuilder.many(2, { priority: 'asap', due: '2026-11-30' }),
      ...FollowUpTaskBuilder.many(2, { priority: 'urgent', due: '2026-11-24' }),
      FollowUpTaskBuilder.create({ priority: 'asap', due: '2026-11-24' }),
    ];
    await repository.insertMany(tasks);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await repository.list(SKIEN, {}, { limit: 3, cursor });
      seen.push(...page.items.map((task) => `${task.priority} ${task.due}`));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);

    expect(seen).toEqual([
      'asap 2026-11-24',
      'asap 2026-11-30',
      'asap 2026-11-30',
      'urgent 2026-11-24',
      'urgent 2026-11-24',
      'routine 2026-11-25',
      'routine 2026-11-25',
      'routine 2026-11-25',
    ]);
  });

  it('matches a subject or a team when both are asked, and nothing for an empty team list alone', async () => {
    const repository = new InMemoryFollowUpTaskRepository();
    const mine = FollowUpTaskBuilder.create({ assignee: { kind: 'staff', subject: 'nurse-anne' } });
    const team = FollowUpTaskBuilder.create({ assignee: { kind: 'team', teamId: TEAM } });
    const other = FollowUpTaskBuilder.create({ assignee: { kind: 'staff', subject: 'nurse-ola' } });
    await repository.insertMany([mine, team, other]);

    const both = await repository.list(
      SKIEN,
      { assigneeSubject: 'nurse-anne', assigneeTeamIds: [TEAM] },
      {},
    );
    expect(both.items.map((task) => task.id).sort()).toEqual([mine.id, team.id].sort());
    expect((await repository.list(SKIEN, { assigneeTeamIds: [] }, {})).items).toEqual([]);
    expect((await repository.list('0301' as TenantId, {}, {})).items).toEqual([]);
  });

  it('updates only at the expected version, and refuses a duplicate id', async () => {
    const repository = new InMemoryFollowUpTaskRepository();
    const task = FollowUpTaskBuilder.create();
    await repository.insertMany([task]);

    expect(await repository.update({ ...task, description: 'x', version: 2 }, 1)).toBe(true);
    expect(await repository.update({ ...task, description: 'y', version: 2 }, 1)).toBe(false);
    expect((await repository.findById(SKIEN, task.id))?.description).toBe('x');
    await expect(repository.insertMany([task])).rejects.toThrow(/duplicate/);
  });

  it('cancels only the untouched open tasks of the level changes named', async () => {
    const repository = new InMemoryFollowUpTaskRepository();
    const change = '0b6f5c3e-1d2a-4b3c-8d4e-5f6a7b8c9d0e';
    const untouched = FollowUpTaskBuilder.many(3, { levelChangeId: change });
    const worked = FollowUpTaskBuilder.create({ levelChangeId: change, version: 2 });
    const done = FollowUpTaskBuilder.create({ levelChangeId: change, status: 'done', version: 2 });
    const byHand = FollowUpTaskBuilder.create();
    await repository.insertMany([...untouched, worked, done, byHand]);

    const cancelled = await repository.cancelUntouched({
      tenantId: SKIEN,
      levelChangeIds: [change],
      outcome: 'Crisis level ended',
      by: 'coordinator-kari',
      at: AT,
    });

    expect(cancelled).toBe(3);
    const statuses = repository.all().map((task) => [task.status, task.version]);
    expect(statuses).toEqual([
      ['cancelled', 2],
      ['cancelled', 2],
      ['cancelled', 2],
      ['open', 2],
      ['done', 2],
      ['open', 1],
    ]);
  });
});
