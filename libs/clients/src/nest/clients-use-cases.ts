import type { Provider, Type } from '@nestjs/common';
import { CloseApplication } from '../domain/application/close-application.use-case';
import { ConvertApplication } from '../domain/application/convert-application.use-case';
import { GetApplication } from '../domain/application/get-application.use-case';
import { GetFirstContactReport } from '../domain/application/get-first-contact-report.use-case';
import { ListApplications } from '../domain/application/list-applications.use-case';
import { SubmitApplication } from '../domain/application/submit-application.use-case';
import { TriageApplication } from '../domain/application/triage-application.use-case';
import { AssignCareContacts } from '../domain/client/assign-care-contacts.use-case';
import { ChangeClientStatus } from '../domain/client/change-client-status.use-case';
import { GetCaseload } from '../domain/client/get-caseload.use-case';
import { ClientExistsInCare } from '../domain/client/client-exists-in-care.use-case';
import { ClientExists } from '../domain/client/client-exists.use-case';
import { CreateIndividualPlan } from '../domain/individual-plan/create-individual-plan.use-case';
import { EvaluateIndividualPlan } from '../domain/individual-plan/evaluate-individual-plan.use-case';
import { ExportIndividualPlanFhir } from '../domain/individual-plan/export-individual-plan-fhir.use-case';
import { GetIndividualPlan } from '../domain/individual-plan/get-individual-plan.use-case';
import { ListPlanVersions } from '../domain/individual-plan/list-plan-versions.use-case';
import { ListPlansDueForReview } from '../domain/individual-plan/list-plans-due-for-review.use-case';
import { UpdateIndividualPlan } from '../domain/individual-plan/update-individual-plan.use-case';
import { ExportFeedbackFhir } from '../domain/feedback/export-feedback-fhir.use-case';
import { GetFeedbackTrend } from '../domain/feedback/get-feedback-trend.use-case';
import { GetServiceFeedbackSummary } from '../domain/feedback/get-service-feedback-summary.use-case';
import { RecordSessionFeedback } from '../domain/feedback/record-session-feedback.use-case';
import { GetClientCrisisFacts } from '../domain/client/get-client-crisis-facts.use-case';
import { GetClient } from '../domain/client/get-client.use-case';
import { ListActiveClientIds } from '../domain/client/list-active-client-ids.use-case';
import { ListStatusHistory } from '../domain/client/list-status-history.use-case';
import { RegisterClient } from '../domain/client/register-client.use-case';
import { SearchClients } from '../domain/client/search-clients.use-case';
import { UpdateClient } from '../domain/client/update-client.use-case';
import type { ClientsDependencies } from '../domain/clients-dependencies';
import { CreateClinicalProfile } from '../domain/clinical-profile/create-clinical-profile.use-case';
import { GetClinicalProfile } from '../domain/clinical-profile/get-clinical-profile.use-case';
import { UpdateClinicalProfile } from '../domain/clinical-profile/update-clinical-profile.use-case';
import { CreateCrisisPlan } from '../domain/crisis-plan/create-crisis-plan.use-case';
import { GetCrisisPlan } from '../domain/crisis-plan/get-crisis-plan.use-case';
import { UpdateCrisisPlan } from '../domain/crisis-plan/update-crisis-plan.use-case';
import { ListEncounters } from '../domain/encounter/list-encounters.use-case';
import { RecordEncounter } from '../domain/encounter/record-encounter.use-case';
import { ExportClientFhir } from '../domain/fhir/export-client-fhir.use-case';
import { ListHandoverNotes } from '../domain/handover/list-handover-notes.use-case';
import { ListUnreadHandoverNotes } from '../domain/handover/list-unread-handover-notes.use-case';
import { MarkHandoverNoteRead } from '../domain/handover/mark-handover-note-read.use-case';
import { WriteHandoverNote } from '../domain/handover/write-handover-note.use-case';
import { AddRelative } from '../domain/relative/add-relative.use-case';
import { ListRelatives } from '../domain/relative/list-relatives.use-case';
import { RemoveRelative } from '../domain/relative/remove-relative.use-case';
import { UpdateRelative } from '../domain/relative/update-relative.use-case';
import { CreateResponsibilityGroup } from '../domain/responsibility-group/create-responsibility-group.use-case';
import { ExportResponsibilityGroupFhir } from '../domain/responsibility-group/export-responsibility-group-fhir.use-case';
import { GetResponsibilityGroup } from '../domain/responsibility-group/get-responsibility-group.use-case';
import { ListGroupMeetings } from '../domain/responsibility-group/list-group-meetings.use-case';
import { PlanGroupMeeting } from '../domain/responsibility-group/plan-group-meeting.use-case';
import { RecordGroupMeeting } from '../domain/responsibility-group/record-group-meeting.use-case';
import { ReplaceResponsibilityGroup } from '../domain/responsibility-group/replace-responsibility-group.use-case';
import { GetVedtakUsage } from '../domain/vedtak/get-vedtak-usage.use-case';
import { ListVedtak } from '../domain/vedtak/list-vedtak.use-case';
import { RecordVedtak } from '../domain/vedtak/record-vedtak.use-case';
import { ClearVulnerabilityFlag } from '../domain/vulnerability/clear-vulnerability-flag.use-case';
import { ClientRequiresTwoStaff } from '../domain/vulnerability/client-requires-two-staff.use-case';
import { ListVulnerabilityFlags } from '../domain/vulnerability/list-vulnerability-flags.use-case';
import { SetVulnerabilityFlag } from '../domain/vulnerability/set-vulnerability-flag.use-case';
import { IdentifyClient } from '../domain/merge/identify-client.use-case';
import { FindMergeSurvivor } from '../domain/merge/find-merge-survivor.use-case';
import { ListPossibleDuplicates } from '../domain/merge/list-possible-duplicates.use-case';
import { MergeClient } from '../domain/merge/merge-client.use-case';
import { ReverseClientMerge } from '../domain/merge/reverse-client-merge.use-case';
import { CLIENTS_DEPENDENCIES } from './clients.tokens';

/** Every use case of the library; each is an injectable (its class is the token) and exported by ClientsModule. */
export const CLIENTS_USE_CASES: readonly Type<unknown>[] = [
  RegisterClient,
  GetClient,
  UpdateClient,
  SearchClients,
  AssignCareContacts,
  ChangeClientStatus,
  ListStatusHistory,
  GetCaseload,
  ListActiveClientIds,
  ClientExists,
  ClientExistsInCare,
  ClientRequiresTwoStaff,
  GetClientCrisisFacts,
  ExportClientFhir,
  ListVulnerabilityFlags,
  SetVulnerabilityFlag,
  ClearVulnerabilityFlag,
  SubmitApplication,
  ListApplications,
  GetApplication,
  TriageApplication,
  ConvertApplication,
  CloseApplication,
  GetFirstContactReport,
  RecordEncounter,
  ListEncounters,
  WriteHandoverNote,
  ListHandoverNotes,
  MarkHandoverNoteRead,
  ListUnreadHandoverNotes,
  RecordVedtak,
  ListVedtak,
  GetVedtakUsage,
  CreateCrisisPlan,
  GetCrisisPlan,
  UpdateCrisisPlan,
  AddRelative,
  ListRelatives,
  UpdateRelative,
  RemoveRelative,
  CreateClinicalProfile,
  GetClinicalProfile,
  UpdateClinicalProfile,
  RecordSessionFeedback,
  GetFeedbackTrend,
  GetServiceFeedbackSummary,
  ExportFeedbackFhir,
  CreateIndividualPlan,
  GetIndividualPlan,
  UpdateIndividualPlan,
  EvaluateIndividualPlan,
  ListPlanVersions,
  ListPlansDueForReview,
  ExportIndividualPlanFhir,
  IdentifyClient,
  MergeClient,
  ReverseClientMerge,
  ListPossibleDuplicates,
  FindMergeSurvivor,
  CreateResponsibilityGroup,
  GetResponsibilityGroup,
  ReplaceResponsibilityGroup,
  ExportResponsibilityGroupFhir,
  PlanGroupMeeting,
  RecordGroupMeeting,
  ListGroupMeetings,
];

/** A provider per use case, built from the library's dependencies. */
export const useCaseProviders: Provider[] = CLIENTS_USE_CASES.map((useCase) => ({
  provide: useCase,
  useFactory: (deps: ClientsDependencies) =>
    new (useCase as new (deps: ClientsDependencies) => unknown)(deps),
  inject: [CLIENTS_DEPENDENCIES],
}));
