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

// Plans: use cases and the Skien 2020 template
export { CreatePlan, type CreatePlanInput } from './domain/plan/create-plan.use-case';
export { RevisePlan, type RevisePlanInput } from './domain/plan/revise-plan.use-case';
export { GetPlan } from './domain/plan/get-plan.use-case';
export { ListPlans } from './domain/plan/list-plans.use-case';
export { ListPlanVersions } from './domain/plan/list-plan-versions.use-case';
export {
  CreatePlanFromTemplate,
  type CreatePlanFromTemplateInput,
} from './domain/plan/create-plan-from-template.use-case';
export {
  SKIEN_2020_SERVICES,
  skien2020Plan,
  type Skien2020Mapping,
  type Skien2020Service,
} from './domain/plan/templates/skien-2020.template';
export { COORDINATOR_ROLES } from './domain/plan/authorize-coordinator';

// Level changes (CR-2, CR-3)
export {
  ChangeCrisisLevel,
  type ChangeCrisisLevelInput,
} from './domain/activation/change-crisis-level.use-case';
export type { ArrangementEffect, LevelChangeReport } from './domain/activation/level-change-report';
export type { ModeSwitch } from './domain/activation/service-mode-effects';
export { EFFECT_STEPS, type EffectStep } from './domain/activation/effect-step';
export { GetCrisisLevel } from './domain/activation/get-crisis-level.use-case';
export { ListLevelChanges } from './domain/activation/list-level-changes.use-case';
export {
  ScheduleLevelChange,
  type ScheduleLevelChangeInput,
} from './domain/activation/schedule-level-change.use-case';
export { ListScheduledChanges } from './domain/activation/list-scheduled-changes.use-case';
export {
  RunDueLevelChanges,
  type DueRunResult,
} from './domain/activation/run-due-level-changes.use-case';
export type { ScheduledChange, ScheduledChangeStatus } from './domain/activation/scheduled-change';
export type { ScheduledChangeRepository } from './domain/activation/scheduled-change.repository';

// Individual exceptions
export {
  GrantCrisisException,
  type GrantCrisisExceptionInput,
} from './domain/policy/grant-crisis-exception.use-case';
export { RevokeCrisisException } from './domain/policy/revoke-crisis-exception.use-case';
export { ListClientCrisisExceptions } from './domain/policy/list-client-crisis-exceptions.use-case';
export { ShowEffectivePolicy } from './domain/policy/show-effective-policy.use-case';
