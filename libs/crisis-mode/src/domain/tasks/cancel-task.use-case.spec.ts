import { CrisisModeErrorCode } from '../crisis-mode-error';
import { FollowUpTaskBuilder } from '../testing/follow-up-task.builder';
import { inMemoryTaskPorts, taskActor } from '../testing/in-memory-task-ports';
import { CancelTask } from './cancel-task.use-case';
import { CompleteTask } from './complete-task.use-case';

describe('CancelTask', () => {
  const coordinator = taskActor({
    subject: 'coord-kari',
    roles: ['crisis-coordinator'],
    teamIds: [],
  });

  it('cancels an open task with the reason as its outcome; a cancelled task cannot be completed', async () => {
    const ports = inMemoryTaskPorts();
    const task = FollowUpTaskBuilder.create();
    await ports.tasks.insertMany([task]);

    const cancelled = await new CancelTask(ports).execute({
      actor: coordinator,
      taskId: task.id,
      expectedVersion: 1,
      reason: 'Klienten er innlagt.',
    });

    expect(cancelled).toMatchObject({
      status: 'cancelled',
      outcome: 'Klienten er innlagt.',
      closedBy: 'coord-kari',
      version: 2,
    });
    await expect(
      new CompleteTask(ports).execute({
        actor: taskActor(),
        taskId: task.id,
        expectedVersion: 2,
        outcome: 'Reached',
      }),
    ).rejects.toMatchObject({ code: CrisisModeErrorCode.TaskClosed });
  });

  it('needs a reason', async () => {
    const ports = inMemoryTaskPorts();
    await expect(
      new CancelTask(ports).execute({
        actor: coordinator,
        taskId: 'x',
        expectedVersion: 1,
        reason: '',
      }),
    ).rejects.toMatchObject({
      code: CrisisModeErrorCode.InvalidInput,
      violations: [expect.objectContaining({ field: 'reason' })],
    });
  });
});
