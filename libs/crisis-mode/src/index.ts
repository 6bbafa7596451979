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
