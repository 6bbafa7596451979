export { GroupsError, GroupsErrorCode } from './domain/groups-error';
export {
  MAX_COHORTS_PER_SLOT,
  MAX_SCHEDULE_SLOTS,
  WEEKDAYS,
  slotKey,
  type ScheduleSlot,
  type TimeSlot,
  type Weekday,
} from './domain/schedule';
export {
  LOCATION_KINDS,
  MAX_GROUP_CAPACITY,
  type Group,
  type GroupFields,
  type LocationKind,
} from './domain/group';
export { MAX_COHORT_SIZE, type Cohort, type CohortStatus } from './domain/cohort';
export type { Membership, MembershipStatus } from './domain/membership';
export type { Roster, RosterChanges } from './domain/roster';
export type { CohortSummary, GroupOverview } from './domain/group-overview';
export { MAX_SESSION_RANGE_DAYS, type Session } from './domain/session';
export { ATTENDANCE_STATUSES, type Attendance, type AttendanceStatus } from './domain/attendance';
export {
  MAX_REFERENCE_LENGTH,
  REFERENCE_PATTERN,
  type ArrangedCohort,
  type ArrangedMember,
  type Arrangement,
  type ArrangementSnapshot,
  type ArrangementStatus,
} from './domain/arrangement';
export {
  recohort,
  type MemberMove,
  type PlannedCohort,
  type RecohortCohort,
  type RecohortInput,
  type RecohortMember,
  type RecohortPlan,
  type RecohortSlot,
  type RecohortUnplaced,
} from './domain/recohort';
export type { UnplacedMember } from './domain/rearrange-roster';
export type { FhirGroup } from './domain/cohort-fhir';
export type { ClientDirectory } from './domain/client-directory';
export type {
  ExposureContact,
  ExposureDisclosureCheck,
  ExposureDisclosureDecision,
  ExposureDisclosureRequest,
  ExposureReport,
  ExposureRow,
  SharedSession,
} from './domain/exposure';
export {
  noGroupCrisisRules,
  type GroupCrisisRules,
  type GroupJoinCheck,
  type GroupJoinVerdict,
} from './domain/group-crisis-rules';
export type { GroupListQuery, GroupRepository } from './domain/group.repository';
export type { MemberListQuery, RosterRepository, RosterScope } from './domain/roster.repository';
export type { SessionListQuery, SessionRepository } from './domain/session.repository';
export type { AttendanceRepository } from './domain/attendance.repository';
export type { ArrangementRepository } from './domain/arrangement.repository';
export { AuditResource, type GroupsPorts } from './domain/ports';
export { CreateGroupUseCase, type CreateGroupInput } from './domain/create-group.use-case';
export { UpdateGroupUseCase, type UpdateGroupInput } from './domain/update-group.use-case';
export type { GroupEdit } from './domain/group-edit';
export { GetGroupUseCase } from './domain/get-group.use-case';
export { ListGroupsUseCase, type ListGroupsInput } from './domain/list-groups.use-case';
export { CreateCohortUseCase, type CreateCohortInput } from './domain/create-cohort.use-case';
export { ExportCohortUseCase, type ExportCohortInput } from './domain/export-cohort.use-case';
export { JoinGroupUseCase, type JoinGroupInput } from './domain/join-group.use-case';
export { LeaveGroupUseCase, type LeaveGroupInput } from './domain/leave-group.use-case';
export { GetMembershipUseCase } from './domain/get-membership.use-case';
export {
  ListMembersUseCase,
  type ListMembersInput,
  type MemberPage,
} from './domain/list-members.use-case';
export {
  GenerateSessionsUseCase,
  type GenerateSessionsInput,
  type GeneratedSessions,
} from './domain/generate-sessions.use-case';
export {
  ListSessionsUseCase,
  MAX_SESSION_LIST_DAYS,
  type ListSessionsInput,
} from './domain/list-sessions.use-case';
export {
  RecordAttendanceUseCase,
  type RecordAttendanceInput,
} from './domain/record-attendance.use-case';
export { GetAttendanceUseCase } from './domain/get-attendance.use-case';
export {
  MAX_EXPOSURE_RANGE_DAYS,
  QueryExposureUseCase,
  type QueryExposureInput,
} from './domain/query-exposure.use-case';
export {
  ApplyCohortSizeUseCase,
  type ApplyCohortSizeInput,
  type CohortSizeApplied,
  type GroupChange,
} from './domain/apply-cohort-size.use-case';
export {
  PreviewCohortSizeUseCase,
  type CohortSizePreview,
  type PreviewCohortSizeInput,
} from './domain/preview-cohort-size.use-case';
export {
  RestoreArrangementUseCase,
  type ArrangementRestored,
  type RestoreArrangementInput,
} from './domain/restore-arrangement.use-case';
