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
  StaffCompetencies,
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

// Priority list (CR-4)
export {
  LAR_COMPETENCY,
  PRIORITY_TIERS,
  comparePriorityKeys,
  priorityCriteria,
  priorityKey,
  rankClients,
  type PriorityCriteria,
  type PriorityKey,
  type PriorityTier,
  type RankedClient,
} from './domain/priority/priority-order';
export {
  NO_PATH_REASONS,
  REACH_PATH_KINDS,
  reachPath,
  type NoPathReason,
  type ReachPath,
  type ReachPathKind,
} from './domain/priority/reach-path';
export {
  FACTS_BATCH,
  GetPriorityList,
  type GetPriorityListInput,
  type PriorityEntry,
  type PriorityList,
} from './domain/priority/get-priority-list.use-case';
export {
  reportBasis,
  type ReportBasis,
  type ReportLevelQuery,
} from './domain/reports/report-basis';

// Staffing (CR-5)
export {
  MAX_BACKUP_DAYS,
  coversDay,
  type BackupAssignment,
  type BackupAssignmentInput,
} from './domain/staffing/backup-assignment';
export type {
  BackupAssignmentFilter,
  BackupAssignmentRepository,
} from './domain/staffing/backup-assignment.repository';
export {
  DEFAULT_MINIMUM,
  competenciesOf,
  staffingLines,
  type ServiceStaffing,
  type StaffOnLine,
  type StaffingLine,
} from './domain/staffing/staffing-lines';
export {
  GetStaffingReport,
  type GetStaffingReportInput,
  type StaffingReport,
} from './domain/staffing/get-staffing-report.use-case';
export {
  AssignBackupStaff,
  type AssignBackupStaffInput,
} from './domain/staffing/assign-backup-staff.use-case';
export {
  EndBackupAssignment,
  type EndBackupAssignmentInput,
} from './domain/staffing/end-backup-assignment.use-case';
export {
  ListBackupAssignments,
  type ListBackupAssignmentsInput,
} from './domain/staffing/list-backup-assignments.use-case';
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
export type {
  ArrangementEffect,
  LevelChangeReport,
  StaffingGap,
} from './domain/activation/level-change-report';
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
// Notices (CR-6)
export type {
  LanguageSupportClients,
  PartnerDirectory,
  PartnerOrganisation,
} from './domain/other-libraries';
export {
  RECIPIENT_KINDS,
  type Notice,
  type NoticeRecipient,
  type NoticeSummary,
  type RecipientKind,
} from './domain/notices/notice';
export {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  type NoticeDelivery,
  type NoticeDeliveryPayload,
} from './domain/notices/notice-delivery';
export { MIN_SECRET_LENGTH, type WebhookEndpoint } from './domain/notices/webhook-endpoint';
export { retryDelaySeconds, nextAttemptAt } from './domain/notices/delivery-backoff';
export type { NoticeRepository } from './domain/notices/notice.repository';
export type { WebhookEndpointRepository } from './domain/notices/webhook-endpoint.repository';
export type { NoticeDeliveryRepository } from './domain/notices/notice-delivery.repository';
export type { WebhookResult, WebhookSender } from './domain/notices/webhook-sender';
export {
  RegisterWebhookEndpoint,
  type RegisterWebhookEndpointInput,
} from './domain/notices/register-webhook-endpoint.use-case';
export { ListWebhookEndpoints } from './domain/notices/list-webhook-endpoints.use-case';
export {
  PublishNotice,
  type NoticeAudience,
  type PublishNoticeInput,
  type PublishedNotice,
} from './domain/notices/publish-notice.use-case';
export { ListNotices } from './domain/notices/list-notices.use-case';
export { GetNotice, type NoticeDetails } from './domain/notices/get-notice.use-case';
export { ListUnacknowledged } from './domain/notices/list-unacknowledged.use-case';
export {
  AcknowledgeNotice,
  type AcknowledgeNoticeInput,
} from './domain/notices/acknowledge-notice.use-case';
export {
  DeliverDueNotices,
  type DeliveryRound,
} from './domain/notices/deliver-due-notices.use-case';
export { CreateNoticeReminders } from './domain/notices/create-notice-reminders.use-case';
export {
  ListLanguageFollowUp,
  type LanguageFollowUpItem,
} from './domain/notices/list-language-follow-up.use-case';
export { CreateLanguageFollowUpTasks } from './domain/notices/create-language-follow-up-tasks.use-case';
export {
  DEFAULT_TOLERANCE_SECONDS,
  SIGNATURE_HEADER,
  signWebhookPayload,
  verifyWebhookSignature,
} from './webhooks/webhook-signature';
export {
  FetchWebhookSender,
  type FetchWebhookSenderOptions,
} from './webhooks/fetch-webhook-sender';
