import { ChangeCrisisLevel } from '../domain/activation/change-crisis-level.use-case';
import { GetCrisisLevel } from '../domain/activation/get-crisis-level.use-case';
import { ListLevelChanges } from '../domain/activation/list-level-changes.use-case';
import { ListScheduledChanges } from '../domain/activation/list-scheduled-changes.use-case';
import { RunDueLevelChanges } from '../domain/activation/run-due-level-changes.use-case';
import { ScheduleLevelChange } from '../domain/activation/schedule-level-change.use-case';
import type { CrisisModePorts } from '../domain/crisis-mode-ports';
import { CreatePlanFromTemplate } from '../domain/plan/create-plan-from-template.use-case';
import { CreatePlan } from '../domain/plan/create-plan.use-case';
import { GetPlan } from '../domain/plan/get-plan.use-case';
import { ListPlanVersions } from '../domain/plan/list-plan-versions.use-case';
import { ListPlans } from '../domain/plan/list-plans.use-case';
import { RevisePlan } from '../domain/plan/revise-plan.use-case';
import { GetEffectivePolicy } from '../domain/policy/get-effective-policy.use-case';
import { GetPriorityList } from '../domain/priority/get-priority-list.use-case';
import { AssignBackupStaff } from '../domain/staffing/assign-backup-staff.use-case';
import { EndBackupAssignment } from '../domain/staffing/end-backup-assignment.use-case';
import { GetStaffingReport } from '../domain/staffing/get-staffing-report.use-case';
import { ListBackupAssignments } from '../domain/staffing/list-backup-assignments.use-case';
import { CancelTask } from '../domain/tasks/cancel-task.use-case';
import { CompleteTask } from '../domain/tasks/complete-task.use-case';
import { CreateTask } from '../domain/tasks/create-task.use-case';
import { ExportTask } from '../domain/tasks/export-task.use-case';
import { GetTask } from '../domain/tasks/get-task.use-case';
import { ListMyTasks } from '../domain/tasks/list-my-tasks.use-case';
import { ListTasks } from '../domain/tasks/list-tasks.use-case';
import { ListTeamTasks } from '../domain/tasks/list-team-tasks.use-case';
import { ReassignTask } from '../domain/tasks/reassign-task.use-case';
import { GrantCrisisException } from '../domain/policy/grant-crisis-exception.use-case';
import { ListClientCrisisExceptions } from '../domain/policy/list-client-crisis-exceptions.use-case';
import { RevokeCrisisException } from '../domain/policy/revoke-crisis-exception.use-case';
import { ShowEffectivePolicy } from '../domain/policy/show-effective-policy.use-case';

/** Every use case built from the ports alone (`new UseCase(ports)`); exported by the module. */
export const crisisModeUseCases: readonly (new (ports: CrisisModePorts) => object)[] = [
  CreatePlan,
  RevisePlan,
  GetPlan,
  ListPlans,
  ListPlanVersions,
  CreatePlanFromTemplate,
  GetCrisisLevel,
  ChangeCrisisLevel,
  ScheduleLevelChange,
  RunDueLevelChanges,
  ListLevelChanges,
  ListScheduledChanges,
  GetEffectivePolicy,
  GetPriorityList,
  GetStaffingReport,
  AssignBackupStaff,
  ListBackupAssignments,
  EndBackupAssignment,
  ListMyTasks,
  ListTeamTasks,
  ListTasks,
  GetTask,
  ExportTask,
  CreateTask,
  CompleteTask,
  CancelTask,
  ReassignTask,
  ShowEffectivePolicy,
  GrantCrisisException,
  RevokeCrisisException,
  ListClientCrisisExceptions,
];
