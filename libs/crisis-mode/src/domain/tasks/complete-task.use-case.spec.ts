import { KernelErrorCode } from '@lavterskel/kernel';
import { CrisisModeErrorCode } from '../crisis-mode-error';
import { FollowUpTaskBuilder } from '../testing/follow-up-task.builder';
import { inMemoryTaskPorts, taskActor } from '../testing/in-memory-task-ports';
import { CompleteTask } from './complete-task.use-case';

describe('CompleteTask', () => {
  const anne = taskActor();

  async function seeded() {
    const ports = inMemoryTaskPorts('2026-11-24T10:30:00Z');
    const task = FollowUpTaskBuilder.create();
    await ports.tasks.insertMany([task]);
    return { ports, task, complete: new CompleteTask(ports) };
  }

  it('closes an open task as done with its outcome, one version on, audited as an update', async () => {
    const { ports, task, complete } = await seeded();

    const done = await complete.execute({
      actor: anne,
      taskId: task.id,
      expectedVersion: 1,
      outcome: '  Nådd på telefon; har medisiner for en uke.  ',
    });

    expect(done).toMatchObject({
      status: 'done',
      outcome: 'Nådd på telefon; har medisiner for en uke.',
      closedBy: 'nurse-anne',
      closedAt: new Date('2026-11-24T10:30:00Z'),
      version: 2,
    });
    expect(await ports.tasks.findById(task.tenantId, task.id)).toEqual(done);
    expect(ports.auditEntries).toEqual([
      expect.objectContaining({ action: 'update', resourceId: task.id, clientId: task.clientId }),
    ]);
  });

  it('refuses a second completion with TaskClosed and keeps the first outcome', async () => {
    const { ports, task, complete } = await seeded();
    await complete.execute({ actor: anne, taskId: task.id, expectedVersion: 1, outcome: 'First' });

    for (const expectedVersion of [1, 2]) {
      await expect(
        complete.execute({ actor: anne, taskId: task.id, expectedVersion, outcome: 'Second' }),
      ).rejects.toMatchObject({
        code: CrisisModeErrorCode.TaskClosed,
        details: { status: 'done' },
      });
    }
    expect((await ports.tasks.findById(task.tenantId, task.id))?.outcome).toBe('First');
    expect(ports.auditEntries).toHaveLength(1);
  });

  it('refuses a stale version with 412 and a blank outcome naming the field, changing nothing', async () => {
    const { ports, task, complete } = await seeded();

    await expect(
      complete.execute({ actor: anne, taskId: task.id, expectedVersion: 3, outcome: 'Done' }),
    ).rejects.toMatchObject({ code: KernelErrorCode.ConcurrentModification });
    await expect(
      complete.execute({ actor: anne, taskId: task.id, expectedVersion: 1, outcome: ' ' }),
    ).rejects.toMatchObject({
      code: CrisisModeErrorCode.InvalidInput,
      violations: [expect.objectContaining({ field: 'outcome', rule: 'not-blank' })],
    });
    expect(await ports.tasks.findById(task.tenantId, task.id)).toEqual(task);
  });

  it('answers a task outside need-to-know as missing', async () => {
    const { complete, task } = await seeded();
    await expect(
      complete.execute({
        actor: taskActor({ subject: 'nurse-ola', teamIds: [] }),
        taskId: task.id,
        expectedVersion: 1,
        outcome: 'Done',
      }),
    ).rejects.toMatchObject({ code: KernelErrorCode.NotFound });
  });

  it('turns a write lost to a concurrent change into 412', async () => {
    const { ports, task, complete } = await seeded();
    ports.tasks.update = async () => false;
    await expect(
      complete.execute({ actor: anne, taskId: task.id, expectedVersion: 1, outcome: 'Done' }),
    ).rejects.toMatchObject({ code: KernelErrorCode.ConcurrentModification });
    expect(ports.auditEntries).toEqual([]);
  });
});
