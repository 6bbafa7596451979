export { CrisisModeError, CrisisModeErrorCode } from './domain/crisis-mode-error';
export type { CrisisModePorts } from './domain/crisis-mode-ports';
export * from './domain/shared/vocabulary';

// Ports this library needs from the other libraries (the application implements them)
export type {
  ActiveEnrolment,
  AvailableStaff,
  CatalogueService,
  ClientDirectory,
  ClientFacts,
  CohortArrangements,
  CohortSizeResult,
  ConsentedContact,
  CrisisContacts,
  EnrolledClients,
  OtherLibraries,
  ServiceCatalogue,
  ServiceModes,
  StaffRoster,
  UnplacedCohortMember,
} from './domain/other-libraries';

// Plans (CR-1)
export {
  NORMAL_LEVEL,
  levelOf,
  type CrisisLevel,
  type CrisisPlan,
  type CrisisPlanContent,
  type EligibilityRule,
  type RuleTarget,
  type ServiceRule,
  type StaffingMinimum,
} from './domain/plan/crisis-plan';
export { planViolations } from './domain/plan/plan-violations';
export type { CrisisPlanRepository } from './domain/plan/crisis-plan.repository';

// Level in force (CR-2)
export type {
  AppliedCounts,
  AppliedEffects,
  CrisisState,
  Guideline,
  LevelChange,
} from './domain/activation/crisis-state';
export type { CrisisStateRepository } from './domain/activation/crisis-state.repository';

// Policy in force (CR-7)
export {
  normalPolicy,
  type CrisisException,
  type EffectivePolicy,
} from './domain/policy/effective-policy';
export { resolveRule, type ServiceFacts } from './domain/policy/resolve-rule';
export {
  POLICY_RULES,
  policyVerdict,
  type PolicyAction,
  type PolicyRule,
  type PolicyVerdict,
} from './domain/policy/policy-verdict';
export type { CrisisExceptionRepository } from './domain/policy/crisis-exception.repository';
export {
  GetEffectivePolicy,
  type GetEffectivePolicyInput,
} from './domain/policy/get-effective-policy.use-case';
export {
  CheckCrisisPolicy,
  type CheckCrisisPolicyInput,
} from './domain/policy/check-crisis-policy.use-case';

// Follow-up tasks (CR-3)
export {
  TASK_KINDS,
  TASK_PRIORITIES,
  TASK_STATUSES,
  type FollowUpTask,
  type TaskAssignee,
  type TaskKind,
  type TaskPriority,
  type TaskStatus,
} from './domain/tasks/follow-up-task';
export type { FollowUpTaskRepository, TaskFilter } from './domain/tasks/follow-up-task.repository';
export { MAX_TASK_TEXT, PRIORITY_RANK, assertOpen, isClosed } from './domain/tasks/task-rules';
export { TASK_OVERSIGHT_ROLES } from './domain/tasks/task-visibility';
export { TEAM_TASK_ROLES } from './domain/tasks/list-team-tasks.use-case';
export {
  STAFF_SUBJECT_SYSTEM,
  TASK_KIND_SYSTEM,
  TEAM_ID_SYSTEM,
  toFhirTask,
  type FhirTask,
} from './domain/tasks/follow-up-task.fhir';
export { ListMyTasks, type ListMyTasksInput } from './domain/tasks/list-my-tasks.use-case';
export { ListTeamTasks, type ListTeamTasksInput } from './domain/tasks/list-team-tasks.use-case';
export { ListTasks, type ListTasksInput } from './domain/tasks/list-tasks.use-case';
export { GetTask, type GetTaskInput } from './domain/tasks/get-task.use-case';
export { ExportTask } from './domain/tasks/export-task.use-case';
export { CreateTask, type CreateTaskInput } from './domain/tasks/create-task.use-case';
export { CompleteTask, type CompleteTaskInput } from './domain/tasks/complete-task.use-case';
export { CancelTask, type CancelTaskInput } from './domain/tasks/cancel-task.use-case';
export { ReassignTask, type ReassignTaskInput } from './domain/tasks/reassign-task.use-case';
