import { FollowUpTaskBuilder } from '../testing/follow-up-task.builder';
import { inMemoryTaskPorts, taskActor } from '../testing/in-memory-task-ports';
import { ListMyTasks } from './list-my-tasks.use-case';

describe('ListMyTasks', () => {
  const anne = taskActor();
  const team = anne.teamIds[0] as string;

  it('lists the open tasks assigned to the actor and to their teams, most urgent first, audited as one search', async () => {
    const ports = inMemoryTaskPorts();
    const mine = FollowUpTaskBuilder.create({ priority: 'routine' });
    const ours = FollowUpTaskBuilder.create({
      priority: 'asap',
      assignee: { kind: 'team', teamId: team },
    });
    const done = FollowUpTaskBuilder.create({ status: 'done', version: 2 });
    const olas = FollowUpTaskBuilder.create({ assignee: { kind: 'staff', subject: 'nurse-ola' } });
    const notice = FollowUpTaskBuilder.create({ clientId: null, due: '2026-11-30' });
    await ports.tasks.insertMany([mine, ours, done, olas, notice]);

    const page = await new ListMyTasks(ports).execute({ actor: anne, page: {} });

    expect(page.items.map((task) => task.id)).toEqual([ours.id, mine.id, notice.id]);
    expect(ports.auditEntries).toEqual([
      expect.objectContaining({
        action: 'search',
        resourceType: 'follow-up-task',
        clientIds: [ours.clientId, mine.clientId],
      }),
    ]);
  });

  it('filters by kind and priority and pages with a cursor', async () => {
    const ports = inMemoryTaskPorts();
    const visits = FollowUpTaskBuilder.many(3, { kind: 'home-visit', priority: 'urgent' });
    await ports.tasks.insertMany([...visits, FollowUpTaskBuilder.create({ priority: 'urgent' })]);
    const useCase = new ListMyTasks(ports);

    const first = await useCase.execute({
      actor: anne,
      kind: 'home-visit',
      priority: 'urgent',
      page: { limit: 2 },
    });
    const second = await useCase.execute({
      actor: anne,
      kind: 'home-visit',
      priority: 'urgent',
      page: { limit: 2, cursor: first.nextCursor ?? undefined },
    });

    expect([...first.items, ...second.items].map((task) => task.id).sort()).toEqual(
      visits.map((task) => task.id).sort(),
    );
    expect(second.nextCursor).toBeNull();
  });
});
