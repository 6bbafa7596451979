import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { newId, type TenantId } from '@lavterskel/kernel';
import { TypeOrmTransactionHost, kernelPersistence } from '@lavterskel/kernel/typeorm';
import type { FollowUpTask } from '../../domain/tasks/follow-up-task';
import { FollowUpTaskBuilder } from '../../domain/testing/follow-up-task.builder';
import { crisisModePersistence } from '../crisis-mode-persistence';
import { TypeOrmFollowUpTaskRepository } from './typeorm-follow-up-task.repository';

const SKIEN = '4003' as TenantId;
const OSLO = '0301' as TenantId;
const TEAM = '7f3c1b2a-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const AT = new Date('2026-11-25T10:00:00Z');

describe('TypeOrmFollowUpTaskRepository (on PostgreSQL)', () => {
  let db: TestDatabase;
  let host: TypeOrmTransactionHost;
  let tasks: TypeOrmFollowUpTaskRepository;

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [...kernelPersistence.entities, ...crisisModePersistence.entities],
      migrations: [...kernelPersistence.migrations, ...crisisModePersistence.migrations],
    });
    host = new TypeOrmTransactionHost(db.dataSource);
    tasks = new TypeOrmFollowUpTaskRepository(host.manager);
  });
  afterAll(() => db.drop());

  /** Every page of a list, following the cursors. */
  async function everyPage(
    tenantId: TenantId,
    filter: Parameters<TypeOrmFollowUpTaskRepository['list']>[1],
    limit: number,
  ): Promise<{ pages: number; items: FollowUpTask[] }> {
    const items: FollowUpTask[] = [];
    let pages = 0;
    let cursor: string | undefined;
    do {
      const page = await tasks.list(tenantId, filter, { limit, cursor });
      items.push(...page.items);
      pages += 1;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return { pages, items };
  }

  it('inserts 2 500 tasks in chunked multi-row INSERTs and pages through them most urgent first', async () => {
    const levelChangeId = newId();
    const priorities = ['routine', 'urgent', 'asap'] as const;
    const many = Array.from({ length: 2500 }, (_, i) =>
      FollowUpTaskBuilder.create({
        levelChangeId,
        priority: priorities[i % 3],
        due: `2026-11-${String(24 + (i % 5)).padStart(2, '0')}`,
        assignee:
          i % 2 === 0 ? { kind: 'staff', subject: 'nurse-anne' } : { kind: 'team', teamId: TEAM },
      }),
    );
    await host.run(() => tasks.insertMany(many));

    const [{ count }] = await db.dataSource.query(
      `SELECT count(*)::int AS count FROM crisis.follow_up_tasks WHERE level_change_id = $1`,
      [levelChangeId],
    );
    expect(count).toBe(2500);

    const { pages, items } = await everyPage(SKIEN, { levelChangeId }, 100);
    expect(pages).toBe(25);
    expect(new Set(items.map((task) => task.id)).size).toBe(2500);
    const keys = items.map((task) =>
      [['asap', 'urgent', 'routine'].indexOf(task.priority), task.due, task.id].join(' '),
    );
    expect(keys).toEqual([...keys].sort());

    const sample = many[7] as FollowUpTask;
    expect(items.find((task) => task.id === sample.id)).toEqual(sample);
  });

  it('filters by assignee (subject or teams), client, kind, priority and status within the tenant', async () => {
    const client = newId();
    const mine = FollowUpTaskBuilder.create({
      clientId: client,
      assignee: { kind: 'staff', subject: 'nurse-kim' },
    });
    const ours = FollowUpTaskBuilder.create({
      clientId: client,
      kind: 'home-visit',
      priority: 'asap',
      assignee: { kind: 'team', teamId: '2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d' },
    });
    const done = FollowUpTaskBuilder.create({
      assignee: { kind: 'staff', subject: 'nurse-kim' },
      status: 'done',
      outcome: 'Reached',
      closedBy: 'nurse-kim',
      closedAt: AT,
      version: 2,
    });
    const oslo = FollowUpTaskBuilder.create({ tenantId: OSLO, clientId: client });
    await tasks.insertMany([mine, ours, done, oslo]);

    const ids = async (
      tenantId: TenantId,
      filter: Parameters<TypeOrmFollowUpTaskRepository['list']>[1],
    ) => (await tasks.list(tenantId, filter, {})).items.map((task) => task.id);

    expect(
      await ids(SKIEN, {
        assigneeSubject: 'nurse-kim',
        assigneeTeamIds: ['2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d', 'not-a-uuid'],
        status: 'open',
      }),
    ).toEqual([ours.id, mine.id]);
    expect(await ids(SKIEN, { assigneeSubject: 'nurse-kim', status: 'done' })).toEqual([done.id]);
    expect(await ids(SKIEN, { clientId: client })).toEqual([ours.id, mine.id]);
    expect(await ids(SKIEN, { clientId: client, kind: 'home-visit', priority: 'asap' })).toEqual([
      ours.id,
    ]);
    expect(await ids(OSLO, { clientId: client })).toEqual([oslo.id]);
    expect(await ids(SKIEN, { assigneeTeamIds: [] })).toEqual([]);
    expect(await ids(SKIEN, { clientId: 'not-a-uuid' })).toEqual([]);
    expect(await tasks.findById(OSLO, mine.id)).toBeNull();
    expect(await tasks.findById(SKIEN, 'not-a-uuid')).toBeNull();
  });

  it('updates only at the expected version: the second writer of version 1 changes nothing', async () => {
    const task = FollowUpTaskBuilder.create();
    await tasks.insertMany([task]);
    const done: FollowUpTask = {
      ...task,
      status: 'done',
      outcome: 'First',
      closedBy: 'nurse-anne',
      closedAt: AT,
      updatedAt: AT,
      version: 2,
    };
    const reassigned: FollowUpTask = {
      ...task,
      assignee: { kind: 'team', teamId: TEAM },
      updatedAt: AT,
      version: 2,
    };

    expect(await tasks.update(done, 1)).toBe(true);
    expect(await tasks.update(reassigned, 1)).toBe(false);
    expect(await tasks.update({ ...reassigned, tenantId: OSLO }, 2)).toBe(false);
    expect(await tasks.findById(SKIEN, task.id)).toEqual(done);
  });

  it('cancels in one statement only the open tasks still at version 1 of the level changes named', async () => {
    const change = newId();
    const otherChange = newId();
    const untouched = FollowUpTaskBuilder.many(4, { levelChangeId: change });
    const workedOn = FollowUpTaskBuilder.create({ levelChangeId: change, version: 2 });
    const done = FollowUpTaskBuilder.create({
      levelChangeId: change,
      status: 'done',
      outcome: 'Reached',
      closedBy: 'nurse-anne',
      closedAt: AT,
      version: 2,
    });
    const other = FollowUpTaskBuilder.create({ levelChangeId: otherChange });
    const byHand = FollowUpTaskBuilder.create();
    const oslo = FollowUpTaskBuilder.create({ tenantId: OSLO, levelChangeId: change });
    await tasks.insertMany([...untouched, workedOn, done, other, byHand, oslo]);

    const cancelled = await tasks.cancelUntouched({
      tenantId: SKIEN,
      levelChangeIds: [change],
      outcome: 'The crisis level ended before anyone started it.',
      by: 'coord-kari',
      at: AT,
    });

    expect(cancelled).toBe(4);
    const statusOf = async (task: FollowUpTask) => {
      const stored = await tasks.findById(task.tenantId, task.id);
      return [stored?.status, stored?.version];
    };
    for (const task of untouched) expect(await statusOf(task)).toEqual(['cancelled', 2]);
    expect(await tasks.findById(SKIEN, (untouched[0] as FollowUpTask).id)).toMatchObject({
      outcome: 'The crisis level ended before anyone started it.',
      closedBy: 'coord-kari',
      closedAt: AT,
    });
    expect(await statusOf(workedOn)).toEqual(['open', 2]);
    expect(await statusOf(done)).toEqual(['done', 2]);
    expect(await statusOf(other)).toEqual(['open', 1]);
    expect(await statusOf(byHand)).toEqual(['open', 1]);
    expect(await statusOf(oslo)).toEqual(['open', 1]);
    expect(
      await tasks.cancelUntouched({
        tenantId: SKIEN,
        levelChangeIds: [],
        outcome: 'x',
        by: 'x',
        at: AT,
      }),
    ).toBe(0);
  });
});
