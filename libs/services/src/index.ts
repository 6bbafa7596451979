export { ServicesError, ServicesErrorCode } from './domain/services-error';
export type { ServicesPorts } from './domain/services-ports';
export type { ClientDirectory } from './domain/shared/client-directory';
export { isoWeek, type IsoDate } from './domain/shared/calendar';

// Catalogue (SV-1)
export type { Team } from './domain/catalogue/team';
export {
  COMPETENCY_CODE,
  SERVICE_CATEGORIES,
  SERVICE_MODES,
  isServiceMode,
  serviceDetailsViolations,
  type Service,
  type ServiceCategory,
  type ServiceDetails,
  type ServiceLocation,
  type ServiceMode,
  type ServiceModeChange,
} from './domain/catalogue/service';
export { openingHoursViolations, type OpeningHours } from './domain/catalogue/opening-hours';
export type { TeamRepository } from './domain/catalogue/team.repository';
export type { ServiceFilter, ServiceRepository } from './domain/catalogue/service.repository';
export { CreateTeam, type CreateTeamInput } from './domain/catalogue/create-team.use-case';
export { ListTeams } from './domain/catalogue/list-teams.use-case';
export { CreateService, type CreateServiceInput } from './domain/catalogue/create-service.use-case';
export { UpdateService, type UpdateServiceInput } from './domain/catalogue/update-service.use-case';
export { GetService } from './domain/catalogue/get-service.use-case';
export { ListServices, type ListServicesInput } from './domain/catalogue/list-services.use-case';
export {
  ChangeServiceMode,
  type ChangeServiceModeInput,
  type ServiceModeChangeResult,
} from './domain/catalogue/change-service-mode.use-case';
export {
  ChangeServiceModes,
  type ChangeServiceModesInput,
} from './domain/catalogue/change-service-modes.use-case';
export { ListModeChanges } from './domain/catalogue/list-mode-changes.use-case';
export {
  toFhirHealthcareService,
  type FhirHealthcareService,
} from './domain/catalogue/healthcare-service.fhir';

// Partners and cooperation (SV-7)
export {
  PARTNER_KINDS,
  type Partner,
  type PartnerDetails,
  type PartnerKind,
} from './domain/partners/partner';
export type { CooperationMeeting } from './domain/partners/cooperation-meeting';
export {
  ESCALATION_STATUSES,
  type Escalation,
  type EscalationStatus,
} from './domain/partners/escalation';
export type { PartnerRepository } from './domain/partners/partner.repository';
export type { CooperationRepository } from './domain/partners/cooperation.repository';
export {
  RegisterPartner,
  type RegisterPartnerInput,
} from './domain/partners/register-partner.use-case';
export { GetPartner } from './domain/partners/get-partner.use-case';
export { ListPartners } from './domain/partners/list-partners.use-case';
export {
  RecordCooperationMeeting,
  type RecordCooperationMeetingInput,
} from './domain/partners/record-cooperation-meeting.use-case';
export { ListCooperationMeetings } from './domain/partners/list-cooperation-meetings.use-case';
export { EscalateCase, type EscalateCaseInput } from './domain/partners/escalate-case.use-case';
export {
  RecordEscalationOutcome,
  type RecordEscalationOutcomeInput,
} from './domain/partners/record-escalation-outcome.use-case';
export { ListClientEscalations } from './domain/partners/list-client-escalations.use-case';

// Staff (SV-2)
export {
  AVAILABILITY_STATUSES,
  type AvailabilityPeriod,
  type AvailabilityStatus,
  type Competency,
  type StaffMember,
  type StaffProfile,
  type TeamMembership,
} from './domain/staff/staff-member';
export {
  availabilityOn,
  isTrainedFor,
  validCompetencies,
  type DayAvailability,
} from './domain/staff/staffing';
export type { StaffRepository } from './domain/staff/staff.repository';
export {
  RegisterStaffMember,
  type RegisterStaffMemberInput,
} from './domain/staff/register-staff-member.use-case';
export { GetStaffMember } from './domain/staff/get-staff-member.use-case';
export { ListStaffMembers } from './domain/staff/list-staff-members.use-case';
export { JoinTeam, type JoinTeamInput } from './domain/staff/join-team.use-case';
export { LeaveTeam, type LeaveTeamInput } from './domain/staff/leave-team.use-case';
export {
  CertifyCompetency,
  type CertifyCompetencyInput,
} from './domain/staff/certify-competency.use-case';
export {
  RecordAvailability,
  type RecordAvailabilityInput,
} from './domain/staff/record-availability.use-case';
export {
  FindAvailableStaff,
  type AvailableStaffMember,
  type ServiceStaffing,
} from './domain/staff/find-available-staff.use-case';
export {
  ListStaffAvailability,
  type StaffOnDay,
} from './domain/staff/list-staff-availability.use-case';

// Enrolment (SV-3)
export { isActiveOn, type ActiveEnrolment, type Enrolment } from './domain/enrolment/enrolment';
export type { EnrolmentRepository } from './domain/enrolment/enrolment.repository';
export { EnrolmentCareRelations } from './domain/enrolment/enrolment-care-relations';
export { EnrolClient, type EnrolClientInput } from './domain/enrolment/enrol-client.use-case';
export { EndEnrolment, type EndEnrolmentInput } from './domain/enrolment/end-enrolment.use-case';
export { ListClientEnrolments } from './domain/enrolment/list-client-enrolments.use-case';
export {
  ListActiveEnrolments,
  type ListActiveEnrolmentsInput,
} from './domain/enrolment/list-active-enrolments.use-case';
export {
  ListServiceEnrolments,
  type ListServiceEnrolmentsInput,
} from './domain/enrolment/list-service-enrolments.use-case';

// LAR dispensing (SV-4)
export {
  LAR_MEDICATIONS,
  isValidOn,
  placeOn,
  type DispensingPlace,
  type LarMedication,
  type Prescription,
  type PrescriptionDetails,
  type PrescriptionTransfer,
} from './domain/dispensing/prescription';
export {
  DISPENSING_CHANNELS,
  type DispensingChannel,
  type DispensingEvent,
  type DispensingVoid,
} from './domain/dispensing/dispensing-event';
export {
  dailyDispensingList,
  type DailyDispensingList,
  type DailyListEntry,
} from './domain/dispensing/daily-dispensing-list';
export type { PrescriptionRepository } from './domain/dispensing/prescription.repository';
export type { DispensingRepository } from './domain/dispensing/dispensing.repository';
export {
  CreatePrescription,
  type CreatePrescriptionInput,
} from './domain/dispensing/create-prescription.use-case';
export {
  GetPrescription,
  type PrescriptionWithTransfers,
} from './domain/dispensing/get-prescription.use-case';
export { ListClientPrescriptions } from './domain/dispensing/list-client-prescriptions.use-case';
export {
  TransferPrescription,
  type TransferPrescriptionInput,
} from './domain/dispensing/transfer-prescription.use-case';
export {
  RecordDispensing,
  type RecordDispensingInput,
} from './domain/dispensing/record-dispensing.use-case';
export {
  CorrectDispensing,
  type CorrectDispensingInput,
  type DispensingCorrection,
} from './domain/dispensing/correct-dispensing.use-case';
export { VoidDispensing } from './domain/dispensing/void-dispensing.use-case';
export { ListDispensings } from './domain/dispensing/list-dispensings.use-case';
export {
  GetDailyDispensingList,
  type GetDailyDispensingListInput,
} from './domain/dispensing/get-daily-dispensing-list.use-case';
export { ExportMedicationDispense } from './domain/dispensing/export-medication-dispense.use-case';
export {
  toFhirMedicationDispense,
  DISPENSING_CHANNEL_EXTENSION,
  type FhirMedicationDispense,
} from './domain/dispensing/medication-dispense.fhir';

// Distribution (SV-5)
export {
  DISTRIBUTION_ITEMS,
  DISTRIBUTION_SETTINGS,
  type DistributionItem,
  type DistributionLine,
  type DistributionRecord,
  type DistributionSetting,
  type DistributionTotal,
} from './domain/distribution/distribution';
export type {
  DistributionRepository,
  DistributionTotalsQuery,
} from './domain/distribution/distribution.repository';
export {
  RecordDistribution,
  type RecordDistributionInput,
} from './domain/distribution/record-distribution.use-case';
export { ListClientDistributions } from './domain/distribution/list-client-distributions.use-case';
export {
  DistributionTotals,
  type DistributionTotalsInput,
} from './domain/distribution/distribution-totals.use-case';

// Outreach (SV-6)
export {
  visitsBetween,
  type OutreachPlace,
  type PlaceVisit,
} from './domain/outreach/outreach-place';
export {
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
  type OutreachRequest,
  type RequestChannel,
  type RequestStatus,
} from './domain/outreach/outreach-request';
export {
  MISSION_STATUSES,
  assertMissionStaffing,
  type Mission,
  type MissionStatus,
} from './domain/outreach/mission';
export {
  REFERRAL_TARGETS,
  SYMPTOMS,
  warrantsTesting,
  type OutreachContact,
  type ReferralTarget,
  type Symptom,
} from './domain/outreach/outreach-contact';
export type { OutreachRepository } from './domain/outreach/outreach.repository';
export {
  CreateOutreachPlace,
  type CreateOutreachPlaceInput,
} from './domain/outreach/create-outreach-place.use-case';
export { ListOutreachPlaces } from './domain/outreach/list-outreach-places.use-case';
export { ListPlaceVisits } from './domain/outreach/list-place-visits.use-case';
export {
  RegisterOutreachRequest,
  type RegisterOutreachRequestInput,
} from './domain/outreach/register-outreach-request.use-case';
export {
  ListOutreachRequests,
  type ListOutreachRequestsInput,
} from './domain/outreach/list-outreach-requests.use-case';
export { PlanMission, type PlanMissionInput } from './domain/outreach/plan-mission.use-case';
export { GetMission } from './domain/outreach/get-mission.use-case';
export {
  CompleteMission,
  type CompleteMissionInput,
} from './domain/outreach/complete-mission.use-case';
export {
  RecordOutreachContact,
  type RecordOutreachContactInput,
} from './domain/outreach/record-outreach-contact.use-case';
export { ListClientContacts } from './domain/outreach/list-client-contacts.use-case';

// Health measures (SV-8)
export {
  HEALTH_MEASURES,
  HEALTH_MEASURE_REQUESTERS,
  TEST_RESULTS,
  type HealthMeasure,
  type HealthMeasureCode,
  type HealthMeasureKind,
  type HealthMeasureRequester,
  type TestResult,
} from './domain/health/health-measure';
export type { HealthMeasureRepository } from './domain/health/health-measure.repository';
export {
  RecordHealthMeasure,
  type RecordHealthMeasureInput,
} from './domain/health/record-health-measure.use-case';
export { ListClientHealthMeasures } from './domain/health/list-client-health-measures.use-case';

// Crisis rules in force (CR-7): the port the application fills
export {
  noServicesCrisisRules,
  type ServiceActivity,
  type ServiceActivityRequest,
  type ServiceActivityVerdict,
  type ServicesCrisisRules,
} from './domain/crisis-rules/services-crisis-rules';

// Referrals (SV-9, CO-2, CO-3)
export {
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  type Referral,
  type ReferralParty,
  type ReferralStatus,
  type ReferralStatusChange,
  type ReferralUrgency,
} from './domain/referrals/referral';
export type { ReferralRepository } from './domain/referrals/referral.repository';
export {
  noReferralSharing,
  type ReferralRecipient,
  type ReferralSharing,
  type ReferralSharingDecision,
  type ReferralSharingQuestion,
} from './domain/referrals/referral-sharing';
export { SendReferral, type SendReferralInput } from './domain/referrals/send-referral.use-case';
export { GetReferral, type ReferralWithHistory } from './domain/referrals/get-referral.use-case';
export { ListClientReferrals } from './domain/referrals/list-client-referrals.use-case';
export { ListIncomingReferrals } from './domain/referrals/list-incoming-referrals.use-case';
export {
  AnswerReferral,
  type AnswerReferralInput,
} from './domain/referrals/answer-referral.use-case';
export { RespondToReferral } from './domain/referrals/respond-to-referral.use-case';
export { WithdrawReferral } from './domain/referrals/withdraw-referral.use-case';
export { ExportReferralFhir } from './domain/referrals/export-referral-fhir.use-case';
export type { FhirReferralBundle } from './domain/referrals/referral-fhir';
