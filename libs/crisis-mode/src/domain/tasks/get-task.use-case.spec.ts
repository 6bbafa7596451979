import { KernelErrorCode, newId } from '@lavterskel/kernel';
import { FollowUpTaskBuilder } from '../testing/follow-up-task.builder';
import { OSLO, inMemoryTaskPorts, taskActor } from '../testing/in-memory-task-ports';
import { ExportTask } from './export-task.use-case';
import { GetTask } from './get-task.use-case';

describe('GetTask and ExportTask', () => {
  const anne = taskActor();
  const ola = taskActor({ subject: 'nurse-ola', teamIds: [] });
  const coordinator = taskActor({
    subject: 'coord-kari',
    roles: ['crisis-coordinator'],
    teamIds: [],
  });

  it('reads the assignee’s task, audited as a read of the client’s record', async () => {
    const ports = inMemoryTaskPorts();
    const task = FollowUpTaskBuilder.create();
    await ports.tasks.insertMany([task]);

    expect(await new GetTask(ports).execute({ actor: anne, taskId: task.id })).toEqual(task);
    expect(ports.auditEntries).toEqual([
      expect.objectContaining({
        action: 'read',
        resourceType: 'follow-up-task',
        resourceId: task.id,
        clientId: task.clientId,
      }),
    ]);
  });

  it('answers a task outside need-to-know, or of another municipality, exactly like a missing one', async () => {
    const ports = inMemoryTaskPorts();
    const task = FollowUpTaskBuilder.create();
    const notice = FollowUpTaskBuilder.create({ clientId: null });
    await ports.tasks.insertMany([task, notice]);
    const get = new GetTask(ports);

    for (const request of [
      { actor: ola, taskId: task.id },
      { actor: ola, taskId: notice.id },
      { actor: taskActor({ tenantId: OSLO }), taskId: task.id },
      { actor: anne, taskId: newId() },
    ]) {
      await expect(get.execute(request)).rejects.toMatchObject({
        code: KernelErrorCode.NotFound,
        message: 'No follow-up-task with this id.',
      });
    }
    expect(ports.auditEntries).toEqual([]);
  });

  it('opens a task through a care relation, a break-the-glass reason, or to a coordinator', async () => {
    const ports = inMemoryTaskPorts();
    const client = newId();
    const task = FollowUpTaskBuilder.create({ clientId: client });
    await ports.tasks.insertMany([task]);
    const get = new GetTask(ports);
    const per = taskActor({ subject: 'nurse-per', teamIds: [] });
    ports.relate(per, client);

    await expect(get.execute({ actor: per, taskId: task.id })).resolves.toEqual(task);
    await expect(get.execute({ actor: coordinator, taskId: task.id })).resolves.toEqual(task);
    await expect(
      get.execute({
        actor: ola,
        taskId: task.id,
        breakGlassReason: 'Akutt: klienten ringte vakttelefonen',
      }),
    ).resolves.toEqual(task);
    expect(ports.auditEntries.map((entry) => entry.action)).toEqual([
      'read',
      'read',
      'break-glass',
      'read',
    ]);
  });

  it('exports the task as FHIR Task, audited as an export', async () => {
    const ports = inMemoryTaskPorts();
    const task = FollowUpTaskBuilder.create();
    await ports.tasks.insertMany([task]);

    const fhir = await new ExportTask(ports).execute({ actor: anne, taskId: task.id });

    expect(fhir).toMatchObject({ resourceType: 'Task', id: task.id, status: 'ready' });
    expect(ports.auditEntries).toEqual([
      expect.objectContaining({ action: 'export', clientId: task.clientId, reason: 'FHIR Task' }),
    ]);
  });
});
