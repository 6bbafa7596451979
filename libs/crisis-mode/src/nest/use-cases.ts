import type { CrisisModePorts } from '../domain/crisis-mode-ports';
import { GetEffectivePolicy } from '../domain/policy/get-effective-policy.use-case';
import { CancelTask } from '../domain/tasks/cancel-task.use-case';
import { CompleteTask } from '../domain/tasks/complete-task.use-case';
import { CreateTask } from '../domain/tasks/create-task.use-case';
import { ExportTask } from '../domain/tasks/export-task.use-case';
import { GetTask } from '../domain/tasks/get-task.use-case';
import { ListMyTasks } from '../domain/tasks/list-my-tasks.use-case';
import { ListTasks } from '../domain/tasks/list-tasks.use-case';
import { ListTeamTasks } from '../domain/tasks/list-team-tasks.use-case';
import { ReassignTask } from '../domain/tasks/reassign-task.use-case';

/** Every use case built from the ports alone (`new UseCase(ports)`); exported by the module. */
export const crisisModeUseCases: readonly (new (ports: CrisisModePorts) => object)[] = [
  GetEffectivePolicy,
  ListMyTasks,
  ListTeamTasks,
  ListTasks,
  GetTask,
  ExportTask,
  CreateTask,
  CompleteTask,
  CancelTask,
  ReassignTask,
];
