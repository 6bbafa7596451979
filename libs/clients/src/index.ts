export { ClientsError, ClientsErrorCode } from './domain/clients-error';
export type { ClientsDependencies, ClientsSettings } from './domain/clients-dependencies';

// National ids (CL-1)
export {
  VALID_FIRST_CHECK_REMAINDERS,
  checkNationalId,
  type NationalId,
  type NationalIdCheck,
  type NationalIdKind,
  type NationalIdPolicy,
  type NationalIdRule,
} from './domain/national-id/national-id';

// Clients: registry, status, contacts (CL-1, CL-3, CL-4)
export {
  CONTACT_CHANNEL_KINDS,
  EMPTY_CLIENT_DETAILS,
  summaryOf,
  type Client,
  type ClientDetails,
  type ClientSummary,
  type ContactChannel,
  type ContactChannelKind,
} from './domain/client/client';
export {
  CLIENT_STATUSES,
  allowedTransitions,
  assertTransition,
  type ClientStatus,
  type StatusChange,
} from './domain/client/client-status';
export {
  validateClientDetails,
  hasPhone,
  type ClientDetailsContext,
  type ValidClientDetails,
} from './domain/client/client-details';
export { validateCareContacts, type CareContacts } from './domain/client/care-contacts';
export type {
  ClientInCare,
  ClientRecordAccess,
  ClientRepository,
  ClientSearchCriteria,
} from './domain/client/client.repository';
export { everyoneAvailable, type StaffAvailability } from './domain/client/staff-availability';
export { noKnownTeams, type StaffTeams } from './domain/client/staff-teams';
export { AssignedContactCareRelations } from './domain/client/assigned-contact-care-relations';
export { openClientRecord, type ClientRecordRequest } from './domain/client/open-client-record';
export { RegisterClient, type RegisterClientInput } from './domain/client/register-client.use-case';
export { GetClient } from './domain/client/get-client.use-case';
export { UpdateClient, type UpdateClientInput } from './domain/client/update-client.use-case';
export {
  AssignCareContacts,
  type AssignCareContactsInput,
} from './domain/client/assign-care-contacts.use-case';
export {
  ChangeClientStatus,
  type ChangeClientStatusInput,
} from './domain/client/change-client-status.use-case';
export { ListStatusHistory } from './domain/client/list-status-history.use-case';
export { SearchClients, type SearchClientsInput } from './domain/client/search-clients.use-case';
export {
  CASELOAD_VIEWER_ROLES,
  GetCaseload,
  caseloadEntry,
  type CaseloadEntry,
  type GetCaseloadInput,
} from './domain/client/get-caseload.use-case';
// Read operations other libraries' ports are wired to
export {
  ListActiveClientIds,
  type ListActiveClientIdsInput,
} from './domain/client/list-active-client-ids.use-case';
export { ClientExists, type ClientExistsInput } from './domain/client/client-exists.use-case';
export {
  ClientExistsInCare,
  type ClientExistsInCareAnswer,
} from './domain/client/client-exists-in-care.use-case';
export {
  ClientRequiresTwoStaff,
  type ClientRequiresTwoStaffInput,
} from './domain/vulnerability/client-requires-two-staff.use-case';
export {
  GetClientCrisisFacts,
  MAX_CRISIS_FACTS_BATCH,
  crisisFactsOf,
  type ClientCrisisFacts,
  type GetClientCrisisFactsInput,
} from './domain/client/get-client-crisis-facts.use-case';

// Vulnerability flags (CL-10)
export {
  VULNERABILITY_FLAG_CODES,
  requiresTwoStaff,
  type VulnerabilityFlag,
  type VulnerabilityFlagCode,
} from './domain/vulnerability/vulnerability-flag';
export type {
  ClearedFlag,
  VulnerabilityFlagRepository,
} from './domain/vulnerability/vulnerability-flag.repository';
export { ListVulnerabilityFlags } from './domain/vulnerability/list-vulnerability-flags.use-case';
export {
  SetVulnerabilityFlag,
  type SetVulnerabilityFlagInput,
} from './domain/vulnerability/set-vulnerability-flag.use-case';
export { ClearVulnerabilityFlag } from './domain/vulnerability/clear-vulnerability-flag.use-case';

// Simple application and intake (CL-2)
export {
  APPLICATION_STATUSES,
  CLOSURE_REASONS,
  isUrgent,
  minutesToFirstContact,
  type Application,
  type ApplicationStatus,
  type Closure,
  type ClosureReason,
  type Triage,
  type UrgencyAnswers,
} from './domain/application/application';
export {
  validateApplicationForm,
  type ApplicationForm,
} from './domain/application/application-form';
export type {
  ApplicationFilter,
  ApplicationRepository,
  FirstContactFact,
} from './domain/application/application.repository';
export {
  firstContactReport,
  type FirstContactReport,
  type WaitStatistics,
} from './domain/application/first-contact-report';
export {
  PUBLIC_FORM_SUBJECT,
  SubmitApplication,
} from './domain/application/submit-application.use-case';
export {
  ListApplications,
  type ListApplicationsInput,
} from './domain/application/list-applications.use-case';
export { GetApplication } from './domain/application/get-application.use-case';
export {
  TriageApplication,
  type TriageApplicationInput,
} from './domain/application/triage-application.use-case';
export {
  CloseApplication,
  type CloseApplicationInput,
} from './domain/application/close-application.use-case';
export {
  ConvertApplication,
  type Conversion,
  type ConvertApplicationInput,
  type IntakeConversation,
} from './domain/application/convert-application.use-case';
export { GetFirstContactReport } from './domain/application/get-first-contact-report.use-case';

// Contact log (CL-5)
export {
  ENCOUNTER_CHANNELS,
  ENCOUNTER_OUTCOMES,
  ENCOUNTER_TOPICS,
  INTAKE_CHANNELS,
  type Encounter,
  type EncounterChannel,
  type EncounterOutcome,
  type EncounterTopic,
  type IntakeChannel,
} from './domain/encounter/encounter';
export { validateEncounterEntry, type EncounterEntry } from './domain/encounter/encounter-rules';
export {
  noClientsCrisisRules,
  type ClientsCrisisRules,
  type EncounterCheck,
  type EncounterVerdict,
} from './domain/encounter/encounter-crisis-rules';
export type {
  DailyMinutes,
  EncounterFilter,
  EncounterRepository,
} from './domain/encounter/encounter.repository';
export {
  RecordEncounter,
  type RecordEncounterInput,
} from './domain/encounter/record-encounter.use-case';
export {
  ListEncounters,
  type ListEncountersInput,
} from './domain/encounter/list-encounters.use-case';

// KOR/FIT client feedback (ORS/SRS)
export {
  ORS_SCALES,
  SRS_SCALES,
  ORS_CLINICAL_CUTOFF,
  ORS_RELIABLE_DROP,
  SRS_ALLIANCE_CUTOFF,
  totalOf,
  type OrsScale,
  type OrsScores,
  type SrsScale,
  type SrsScores,
  type SessionFeedback,
} from './domain/feedback/session-feedback';
export {
  FEEDBACK_ALERTS,
  feedbackTrend,
  type FeedbackAlert,
  type FeedbackAlertCode,
  type FeedbackPoint,
  type FeedbackTrend,
} from './domain/feedback/feedback-trend';
export type {
  ServiceFeedbackCounts,
  SessionFeedbackRepository,
} from './domain/feedback/session-feedback.repository';
export {
  RecordSessionFeedback,
  type RecordSessionFeedbackInput,
} from './domain/feedback/record-session-feedback.use-case';
export { GetFeedbackTrend } from './domain/feedback/get-feedback-trend.use-case';
export {
  GetServiceFeedbackSummary,
  type GetServiceFeedbackSummaryInput,
  type ServiceFeedbackSummary,
} from './domain/feedback/get-service-feedback-summary.use-case';
export { ExportFeedbackFhir } from './domain/feedback/export-feedback-fhir.use-case';
export {
  KOR_FIT_QUESTIONNAIRE,
  feedbackFhirBundle,
  questionnaireResponseOf,
  type FhirFeedbackBundle,
  type FhirQuestionnaireResponse,
} from './domain/feedback/feedback-fhir';

// Individual plan (IP, helse- og omsorgstjenesteloven § 7-1)
export {
  GOAL_STATUSES,
  PLAN_STATUSES,
  MAX_PLAN_GOALS,
  MAX_GOAL_MEASURES,
  type GoalStatus,
  type IndividualPlan,
  type IndividualPlanContent,
  type PlanConsent,
  type PlanEvaluation,
  type PlanGoal,
  type PlanMeasure,
  type PlanStatus,
  type PlanVersion,
  type Responsible,
} from './domain/individual-plan/individual-plan';
export {
  validateIndividualPlan,
  type GoalEntry,
  type IndividualPlanEntry,
  type MeasureEntry,
} from './domain/individual-plan/individual-plan-rules';
export type {
  IndividualPlanRepository,
  PlanDueForReview,
} from './domain/individual-plan/individual-plan.repository';
export { CreateIndividualPlan } from './domain/individual-plan/create-individual-plan.use-case';
export { GetIndividualPlan } from './domain/individual-plan/get-individual-plan.use-case';
export { UpdateIndividualPlan } from './domain/individual-plan/update-individual-plan.use-case';
export {
  EvaluateIndividualPlan,
  type EvaluateIndividualPlanInput,
} from './domain/individual-plan/evaluate-individual-plan.use-case';
export { ListPlanVersions } from './domain/individual-plan/list-plan-versions.use-case';
export {
  ListPlansDueForReview,
  type ListPlansDueForReviewInput,
} from './domain/individual-plan/list-plans-due-for-review.use-case';
export { ExportIndividualPlanFhir } from './domain/individual-plan/export-individual-plan-fhir.use-case';
export {
  individualPlanFhirBundle,
  type FhirCarePlan,
  type FhirGoal,
  type FhirIndividualPlanBundle,
} from './domain/individual-plan/individual-plan-fhir';

// Responsibility group (ansvarsgruppe)
export {
  CONSENT_STATUSES,
  GROUP_SHARING_PURPOSE,
  MEMBER_KINDS,
  ORGANISATION_KINDS,
  type CategoryDecision,
  type GroupMember,
  type MemberConsent,
  type MemberKind,
  type OrganisationKind,
  type ResponsibilityGroup,
} from './domain/responsibility-group/responsibility-group';
export {
  MEETING_CHANNELS,
  type GroupMeeting,
  type MeetingChannel,
} from './domain/responsibility-group/responsibility-group-meeting';
export {
  noExternalSharingCheck,
  type ExternalSharingAnswer,
  type ExternalDisclosureRequest,
  type ExternalSharingCheck,
  type ExternalSharingRequest,
} from './domain/responsibility-group/external-sharing-check';
export type { ResponsibilityGroupRepository } from './domain/responsibility-group/responsibility-group.repository';
export { CreateResponsibilityGroup } from './domain/responsibility-group/create-responsibility-group.use-case';
export { GetResponsibilityGroup } from './domain/responsibility-group/get-responsibility-group.use-case';
export { ReplaceResponsibilityGroup } from './domain/responsibility-group/replace-responsibility-group.use-case';
export { ExportResponsibilityGroupFhir } from './domain/responsibility-group/export-responsibility-group-fhir.use-case';
export { PlanGroupMeeting } from './domain/responsibility-group/plan-group-meeting.use-case';
export { RecordGroupMeeting } from './domain/responsibility-group/record-group-meeting.use-case';
export { ListGroupMeetings } from './domain/responsibility-group/list-group-meetings.use-case';
export {
  responsibilityGroupCareTeam,
  type FhirCareTeam,
} from './domain/responsibility-group/responsibility-group-fhir';

// Handover notes (CL-6)
export {
  MAX_HANDOVER_NOTE_LENGTH,
  type HandoverNote,
  type ReadReceipt,
} from './domain/handover/handover-note';
export type { HandoverNoteRepository } from './domain/handover/handover-note.repository';
export { WriteHandoverNote } from './domain/handover/write-handover-note.use-case';
export { ListHandoverNotes } from './domain/handover/list-handover-notes.use-case';
export { MarkHandoverNoteRead } from './domain/handover/mark-handover-note-read.use-case';
export { ListUnreadHandoverNotes } from './domain/handover/list-unread-handover-notes.use-case';

// Vedtak (CL-7)
export { MAX_HOURS_PER_WEEK, type Vedtak } from './domain/vedtak/vedtak';
export { validateVedtakTerms, type VedtakTerms } from './domain/vedtak/vedtak-rules';
export { vedtakUsage, type VedtakUsage, type WeekUsage } from './domain/vedtak/vedtak-usage';
export type { VedtakRepository } from './domain/vedtak/vedtak.repository';
export { RecordVedtak } from './domain/vedtak/record-vedtak.use-case';
export { ListVedtak } from './domain/vedtak/list-vedtak.use-case';
export {
  GetVedtakUsage,
  type GetVedtakUsageInput,
} from './domain/vedtak/get-vedtak-usage.use-case';

// Crisis plan (CL-8)
export type {
  CrisisContact,
  CrisisPlan,
  CrisisPlanContent,
} from './domain/crisis-plan/crisis-plan';
export { validateCrisisPlan } from './domain/crisis-plan/crisis-plan-rules';
export type { CrisisPlanRepository } from './domain/crisis-plan/crisis-plan.repository';
export {
  CreateCrisisPlan,
  crisisPlanExists,
} from './domain/crisis-plan/create-crisis-plan.use-case';
export { GetCrisisPlan } from './domain/crisis-plan/get-crisis-plan.use-case';
export { UpdateCrisisPlan } from './domain/crisis-plan/update-crisis-plan.use-case';

// Relatives and trusted persons (CL-9)
export {
  RELATIONSHIPS,
  RELATIVE_ROLES,
  type Relationship,
  type Relative,
  type RelativeDetails,
  type RelativeRole,
} from './domain/relative/relative';
export { validateRelative } from './domain/relative/relative-rules';
export type { RelativeRepository } from './domain/relative/relative.repository';
export { AddRelative } from './domain/relative/add-relative.use-case';
export { ListRelatives } from './domain/relative/list-relatives.use-case';
export {
  UpdateRelative,
  type UpdateRelativeInput,
} from './domain/relative/update-relative.use-case';
export { RemoveRelative } from './domain/relative/remove-relative.use-case';

// Clinical profile (CL-11)
export {
  SUBSTANCES,
  type ClinicalProfile,
  type ClinicalProfileContent,
  type Substance,
} from './domain/clinical-profile/clinical-profile';
export {
  normaliseIcd10,
  validateClinicalProfile,
} from './domain/clinical-profile/clinical-profile-rules';
export type { ClinicalProfileRepository } from './domain/clinical-profile/clinical-profile.repository';
export {
  CreateClinicalProfile,
  clinicalProfileExists,
} from './domain/clinical-profile/create-clinical-profile.use-case';
export { GetClinicalProfile } from './domain/clinical-profile/get-clinical-profile.use-case';
export { UpdateClinicalProfile } from './domain/clinical-profile/update-clinical-profile.use-case';

// FHIR R4 export
export {
  NATIONAL_ID_SYSTEMS,
  clientFhirBundle,
  patientOf,
  relatedPersonOf,
} from './domain/fhir/client-fhir';
export type { FhirBundle, FhirPatient, FhirRelatedPerson } from './domain/fhir/fhir-types';
export { ExportClientFhir } from './domain/fhir/export-client-fhir.use-case';
export type { ClientMerge, ClientMergeReversal } from './domain/merge/client-merge';
export type { ClientMergeRepository } from './domain/merge/client-merge.repository';
export { IdentifyClient, type IdentifyClientInput } from './domain/merge/identify-client.use-case';
export { MergeClient, type MergeClientInput } from './domain/merge/merge-client.use-case';
export {
  ReverseClientMerge,
  type ReverseClientMergeInput,
} from './domain/merge/reverse-client-merge.use-case';
export {
  ListPossibleDuplicates,
  type ListPossibleDuplicatesInput,
} from './domain/merge/list-possible-duplicates.use-case';
export {
  DUPLICATE_REASONS,
  duplicateReasons,
  type DuplicateReason,
  type PossibleDuplicate,
} from './domain/merge/possible-duplicates';
export {
  FindMergeSurvivor,
  type FindMergeSurvivorInput,
} from './domain/merge/find-merge-survivor.use-case';
