import type { FhirTask } from './follow-up-task.fhir';
import { toFhirTask } from './follow-up-task.fhir';
import { readableTask, type GetTaskInput, type TaskReadPorts } from './get-task.use-case';
import { TASK_RESOURCE } from './task-visibility';

/** A task as FHIR R4 `Task`, within need-to-know; audited as an export. */
export class ExportTask {
  constructor(private readonly ports: TaskReadPorts) {}

  async execute(input: GetTaskInput): Promise<FhirTask> {
    return this.ports.unitOfWork.run(async () => {
      const task = await readableTask(input, this.ports);
      await this.ports.audit.record({
        actor: input.actor,
        action: 'export',
        resourceType: TASK_RESOURCE,
        resourceId: task.id,
        clientId: task.clientId ?? undefined,
        reason: 'FHIR Task',
      });
      return toFhirTask(task);
    });
  }
}
