import { ChangeServiceMode } from '../domain/catalogue/change-service-mode.use-case';
import { ChangeServiceModes } from '../domain/catalogue/change-service-modes.use-case';
import { CreateService } from '../domain/catalogue/create-service.use-case';
import { CreateTeam } from '../domain/catalogue/create-team.use-case';
import { GetService } from '../domain/catalogue/get-service.use-case';
import { ListModeChanges } from '../domain/catalogue/list-mode-changes.use-case';
import { ListServices } from '../domain/catalogue/list-services.use-case';
import { ListTeams } from '../domain/catalogue/list-teams.use-case';
import { UpdateService } from '../domain/catalogue/update-service.use-case';
import { CorrectDispensing } from '../domain/dispensing/correct-dispensing.use-case';
import { CreatePrescription } from '../domain/dispensing/create-prescription.use-case';
import { ExportMedicationDispense } from '../domain/dispensing/export-medication-dispense.use-case';
import { GetDailyDispensingList } from '../domain/dispensing/get-daily-dispensing-list.use-case';
import { GetPrescription } from '../domain/dispensing/get-prescription.use-case';
import { ListClientPrescriptions } from '../domain/dispensing/list-client-prescriptions.use-case';
import { ListDispensings } from '../domain/dispensing/list-dispensings.use-case';
import { RecordDispensing } from '../domain/dispensing/record-dispensing.use-case';
import { TransferPrescription } from '../domain/dispensing/transfer-prescription.use-case';
import { VoidDispensing } from '../domain/dispensing/void-dispensing.use-case';
import { DistributionTotals } from '../domain/distribution/distribution-totals.use-case';
import { ListClientDistributions } from '../domain/distribution/list-client-distributions.use-case';
import { RecordDistribution } from '../domain/distribution/record-distribution.use-case';
import { EndEnrolment } from '../domain/enrolment/end-enrolment.use-case';
import { EnrolClient } from '../domain/enrolment/enrol-client.use-case';
import { ListActiveEnrolments } from '../domain/enrolment/list-active-enrolments.use-case';
import { ListClientEnrolments } from '../domain/enrolment/list-client-enrolments.use-case';
import { ListServiceEnrolments } from '../domain/enrolment/list-service-enrolments.use-case';
import { ListClientHealthMeasures } from '../domain/health/list-client-health-measures.use-case';
import { RecordHealthMeasure } from '../domain/health/record-health-measure.use-case';
import { CompleteMission } from '../domain/outreach/complete-mission.use-case';
import { CreateOutreachPlace } from '../domain/outreach/create-outreach-place.use-case';
import { GetMission } from '../domain/outreach/get-mission.use-case';
import { ListClientContacts } from '../domain/outreach/list-client-contacts.use-case';
import { ListOutreachPlaces } from '../domain/outreach/list-outreach-places.use-case';
import { ListOutreachRequests } from '../domain/outreach/list-outreach-requests.use-case';
import { ListPlaceVisits } from '../domain/outreach/list-place-visits.use-case';
import { PlanMission } from '../domain/outreach/plan-mission.use-case';
import { RecordOutreachContact } from '../domain/outreach/record-outreach-contact.use-case';
import { RegisterOutreachRequest } from '../domain/outreach/register-outreach-request.use-case';
import { EscalateCase } from '../domain/partners/escalate-case.use-case';
import { GetPartner } from '../domain/partners/get-partner.use-case';
import { ListClientEscalations } from '../domain/partners/list-client-escalations.use-case';
import { ListCooperationMeetings } from '../domain/partners/list-cooperation-meetings.use-case';
import { ListPartners } from '../domain/partners/list-partners.use-case';
import { RecordCooperationMeeting } from '../domain/partners/record-cooperation-meeting.use-case';
import { RecordEscalationOutcome } from '../domain/partners/record-escalation-outcome.use-case';
import { RegisterPartner } from '../domain/partners/register-partner.use-case';
import { AnswerReferral } from '../domain/referrals/answer-referral.use-case';
import { ExportReferralFhir } from '../domain/referrals/export-referral-fhir.use-case';
import { GetReferral } from '../domain/referrals/get-referral.use-case';
import { ListClientReferrals } from '../domain/referrals/list-client-referrals.use-case';
import { ListIncomingReferrals } from '../domain/referrals/list-incoming-referrals.use-case';
import { RespondToReferral } from '../domain/referrals/respond-to-referral.use-case';
import { SendReferral } from '../domain/referrals/send-referral.use-case';
import { WithdrawReferral } from '../domain/referrals/withdraw-referral.use-case';
import type { ServicesPorts } from '../domain/services-ports';
import { CertifyCompetency } from '../domain/staff/certify-competency.use-case';
import { FindAvailableStaff } from '../domain/staff/find-available-staff.use-case';
import { GetStaffMember } from '../domain/staff/get-staff-member.use-case';
import { JoinTeam } from '../domain/staff/join-team.use-case';
import { LeaveTeam } from '../domain/staff/leave-team.use-case';
import { ListStaffAvailability } from '../domain/staff/list-staff-availability.use-case';
import { ListStaffMembers } from '../domain/staff/list-staff-members.use-case';
import { RecordAvailability } from '../domain/staff/record-availability.use-case';
import { RegisterStaffMember } from '../domain/staff/register-staff-member.use-case';

/** Every use case of the library; each is built from the ports with `new UseCase(ports)`. */
export const servicesUseCases: readonly (new (ports: ServicesPorts) => object)[] = [
  CreateTeam,
  ListTeams,
  CreateService,
  UpdateService,
  GetService,
  ListServices,
  ChangeServiceMode,
  ChangeServiceModes,
  ListModeChanges,
  RegisterPartner,
  GetPartner,
  ListPartners,
  RegisterStaffMember,
  GetStaffMember,
  ListStaffMembers,
  JoinTeam,
  LeaveTeam,
  CertifyCompetency,
  RecordAvailability,
  FindAvailableStaff,
  ListStaffAvailability,
  EnrolClient,
  EndEnrolment,
  ListClientEnrolments,
  ListServiceEnrolments,
  ListActiveEnrolments,
  CreatePrescription,
  GetPrescription,
  ListClientPrescriptions,
  TransferPrescription,
  RecordDispensing,
  CorrectDispensing,
  VoidDispensing,
  ListDispensings,
  ExportMedicationDispense,
  GetDailyDispensingList,
  RecordDistribution,
  ListClientDistributions,
  DistributionTotals,
  CreateOutreachPlace,
  ListOutreachPlaces,
  ListPlaceVisits,
  RegisterOutreachRequest,
  ListOutreachRequests,
  PlanMission,
  GetMission,
  CompleteMission,
  RecordOutreachContact,
  ListClientContacts,
  RecordCooperationMeeting,
  ListCooperationMeetings,
  EscalateCase,
  RecordEscalationOutcome,
  ListClientEscalations,
  RecordHealthMeasure,
  ListClientHealthMeasures,
  SendReferral,
  GetReferral,
  ListClientReferrals,
  ListIncomingReferrals,
  AnswerReferral,
  RespondToReferral,
  WithdrawReferral,
  ExportReferralFhir,
];
