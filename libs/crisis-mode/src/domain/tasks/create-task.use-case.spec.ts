import { KernelErrorCode, newId } from '@lavterskel/kernel';
import { CrisisModeErrorCode } from '../crisis-mode-error';
import { inMemoryTaskPorts, taskActor } from '../testing/in-memory-task-ports';
import { CreateTask, type CreateTaskInput } from './create-task.use-case';

describe('CreateTask', () => {
  const anne = taskActor();

  function input(overrides: Partial<CreateTaskInput> = {}): CreateTaskInput {
    return {
      actor: anne,
      kind: 'home-visit',
      clientId: newId(),
      description: 'Hjemmebesøk: har ikke telefon.',
      priority: 'urgent',
      due: '2026-11-24',
      ...overrides,
    };
  }

  it('creates an open task for a client in the actor’s care, assigned to the actor by default, audited', async () => {
    const ports = inMemoryTaskPorts('2026-11-23T09:00:00Z');
    const request = input();
    ports.relate(anne, request.clientId);

    const task = await new CreateTask(ports).execute(request);

    expect(task).toMatchObject({
      kind: 'home-visit',
      clientId: request.clientId,
      assignee: { kind: 'staff', subject: 'nurse-anne' },
      status: 'open',
      createdBy: 'nurse-anne',
      levelChangeId: null,
      version: 1,
    });
    expect(ports.tasks.all()).toEqual([task]);
    expect(ports.auditEntries).toEqual([
      expect.objectContaining({
        action: 'create',
        resourceId: task.id,
        clientId: request.clientId,
      }),
    ]);
  });

  it('answers a client outside the actor’s care as a missing client, writing nothing', async () => {
    const ports = inMemoryTaskPorts();
    await expect(new CreateTask(ports).execute(input())).rejects.toMatchObject({
      code: KernelErrorCode.NotFound,
    });
    expect(ports.tasks.all()).toEqual([]);
  });

  it('names every bad field at once', async () => {
    const ports = inMemoryTaskPorts('2026-11-23T09:00:00Z');
    const bad = input({
      kind: 'visit' as never,
      priority: 'high' as never,
      clientId: 'client-1',
      description: '',
      due: '2026-11-22',
      assignee: { kind: 'staff', subject: ' ' },
    });

    await expect(new CreateTask(ports).execute(bad)).rejects.toMatchObject({
      code: CrisisModeErrorCode.InvalidInput,
      violations: [
        expect.objectContaining({ field: 'kind', rule: 'one-of' }),
        expect.objectContaining({ field: 'priority', rule: 'one-of' }),
        expect.objectContaining({ field: 'clientId', rule: 'uuid' }),
        expect.objectContaining({ field: 'description', rule: 'not-blank' }),
        expect.objectContaining({ field: 'due', rule: 'not-in-past' }),
        expect.objectContaining({ field: 'assignee.subject', rule: 'not-blank' }),
      ],
    });
  });
});
