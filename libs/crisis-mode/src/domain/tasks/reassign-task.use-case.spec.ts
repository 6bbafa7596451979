import { KernelErrorCode } from '@lavterskel/kernel';
import { CrisisModeErrorCode } from '../crisis-mode-error';
import { FollowUpTaskBuilder } from '../testing/follow-up-task.builder';
import { inMemoryTaskPorts, taskActor } from '../testing/in-memory-task-ports';
import { ListMyTasks } from './list-my-tasks.use-case';
import { ReassignTask } from './reassign-task.use-case';

const TEAM = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

describe('ReassignTask', () => {
  const anne = taskActor();
  const ola = taskActor({ subject: 'nurse-ola', teamIds: [] });

  it('hands the task to another staff member: it leaves one list and joins the other', async () => {
    const ports = inMemoryTaskPorts();
    const task = FollowUpTaskBuilder.create();
    await ports.tasks.insertMany([task]);

    const moved = await new ReassignTask(ports).execute({
      actor: anne,
      taskId: task.id,
      expectedVersion: 1,
      assignee: { kind: 'staff', subject: 'nurse-ola' },
    });

    expect(moved).toMatchObject({ assignee: { kind: 'staff', subject: 'nurse-ola' }, version: 2 });
    const mine = new ListMyTasks(ports);
    expect((await mine.execute({ actor: anne, page: {} })).items).toEqual([]);
    expect((await mine.execute({ actor: ola, page: {} })).items.map((t) => t.id)).toEqual([
      task.id,
    ]);
    // Anne no longer has it, nor a care relation: it is out of her reach now.
    await expect(
      new ReassignTask(ports).execute({
        actor: anne,
        taskId: task.id,
        expectedVersion: 2,
        assignee: { kind: 'staff', subject: 'nurse-anne' },
      }),
    ).rejects.toMatchObject({ code: KernelErrorCode.NotFound });
  });

  it('hands the task to a team, and refuses a bad team id or a closed task', async () => {
    const ports = inMemoryTaskPorts();
    const task = FollowUpTaskBuilder.create();
    const done = FollowUpTaskBuilder.create({ status: 'done', version: 2 });
    await ports.tasks.insertMany([task, done]);
    const reassign = new ReassignTask(ports);

    await expect(
      reassign.execute({
        actor: anne,
        taskId: task.id,
        expectedVersion: 1,
        assignee: { kind: 'team', teamId: 'lar' },
      }),
    ).rejects.toMatchObject({
      code: CrisisModeErrorCode.InvalidInput,
      violations: [expect.objectContaining({ field: 'assignee.teamId', rule: 'uuid' })],
    });
    await expect(
      reassign.execute({
        actor: anne,
        taskId: done.id,
        expectedVersion: 2,
        assignee: { kind: 'team', teamId: TEAM },
      }),
    ).rejects.toMatchObject({ code: CrisisModeErrorCode.TaskClosed });
    const moved = await reassign.execute({
      actor: anne,
      taskId: task.id,
      expectedVersion: 1,
      assignee: { kind: 'team', teamId: TEAM },
    });
    expect(moved.assignee).toEqual({ kind: 'team', teamId: TEAM });
  });
});
