import { FollowUpTaskBuilder } from '../testing/follow-up-task.builder';
import { newId } from '@lavterskel/kernel';
import { OSLO, inMemoryTaskPorts, taskActor } from '../testing/in-memory-task-ports';
import { ListTasks } from './list-tasks.use-case';

const CHANGE = '0b6f5c3e-1d2a-4b3c-8d4e-5f6a7b8c9d0e';

describe('ListTasks', () => {
  const coordinator = taskActor({
    subject: 'coord-kari',
    roles: ['crisis-coordinator'],
    teamIds: [],
  });
  const ola = taskActor({ subject: 'nurse-ola', teamIds: [] });

  it('gives a coordinator every task of the municipality by filter, and names each client in the audit', async () => {
    const ports = inMemoryTaskPorts();
    const red = FollowUpTaskBuilder.many(3, { levelChangeId: CHANGE, kind: 'phone-follow-up' });
    const visit = FollowUpTaskBuilder.create({ levelChangeId: CHANGE, kind: 'home-visit' });
    const byHand = FollowUpTaskBuilder.create();
    const oslo = FollowUpTaskBuilder.create({ tenantId: OSLO, levelChangeId: CHANGE });
    await ports.tasks.insertMany([...red, visit, byHand, oslo]);
    const useCase = new ListTasks(ports);

    const all = await useCase.execute({ actor: coordinator, levelChangeId: CHANGE, page: {} });
    const phones = await useCase.execute({
      actor: coordinator,
      levelChangeId: CHANGE,
      kind: 'phone-follow-up',
      page: {},
    });

    expect(all.items).toHaveLength(4);
    expect(phones.items.map((task) => task.id).sort()).toEqual(red.map((task) => task.id).sort());
    expect(ports.auditEntries[0]?.clientIds).toHaveLength(4);
  });

  it('shows anyone else only tasks within need-to-know: their own, and clients they have a care relation to', async () => {
    const ports = inMemoryTaskPorts();
    const client = newId();
    const inCare = FollowUpTaskBuilder.create({ clientId: client });
    const own = FollowUpTaskBuilder.create({ assignee: { kind: 'staff', subject: 'nurse-ola' } });
    const outOfReach = FollowUpTaskBuilder.many(4);
    const notice = FollowUpTaskBuilder.create({ clientId: null });
    await ports.tasks.insertMany([inCare, own, ...outOfReach, notice]);
    ports.relate(ola, client);

    const page = await new ListTasks(ports).execute({ actor: ola, page: { limit: 2 } });
    const rest = await new ListTasks(ports).execute({
      actor: ola,
      page: { limit: 2, cursor: page.nextCursor ?? undefined },
    });

    const seen = [...page.items, ...rest.items].map((task) => task.id).sort();
    expect(seen).toEqual([inCare.id, own.id].sort());
    expect(ports.auditEntries.flatMap((entry) => entry.clientIds ?? []).sort()).toEqual(
      [inCare.clientId, own.clientId].sort(),
    );
  });

  it('filters by client and by status', async () => {
    const ports = inMemoryTaskPorts();
    const client = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a';
    const open = FollowUpTaskBuilder.create({ clientId: client });
    const done = FollowUpTaskBuilder.create({ clientId: client, status: 'done', version: 2 });
    await ports.tasks.insertMany([open, done, FollowUpTaskBuilder.create()]);

    const page = await new ListTasks(ports).execute({
      actor: coordinator,
      clientId: client,
      status: 'done',
      page: {},
    });

    expect(page.items.map((task) => task.id)).toEqual([done.id]);
  });
});
