import type { AuditLog, CareRelations, Clock, UnitOfWork } from '@lavterskel/kernel';
import type { ArrangementRepository } from './arrangement.repository';
import type { AttendanceRepository } from './attendance.repository';
import type { ClientDirectory } from './client-directory';
import type { ExposureDisclosureCheck } from './exposure';
import type { GroupCrisisRules } from './group-crisis-rules';
import type { GroupRepository } from './group.repository';
import type { RosterRepository } from './roster.repository';
import type { SessionRepository } from './session.repository';

/** Every port a use case of this library may need; each use case takes the ones it uses. */
export interface GroupsPorts {
  unitOfWork: UnitOfWork;
  audit: AuditLog;
  clock: Clock;
  careRelations: CareRelations;
  /** The client registry: a client who joins a group must be one it knows. */
  clientDirectory: ClientDirectory;
  groups: GroupRepository;
  rosters: RosterRepository;
  sessions: SessionRepository;
  attendance: AttendanceRepository;
  arrangements: ArrangementRepository;
  exposureDisclosure: ExposureDisclosureCheck;
  /** The crisis rules in force (CR-7); `noGroupCrisisRules` where there are none. */
  crisisRules: GroupCrisisRules;
}

/** Audit resource types this library writes. */
export const AuditResource = {
  group: 'group',
  cohort: 'cohort',
  membership: 'group-membership',
  session: 'group-session',
  attendance: 'group-attendance',
  arrangement: 'cohort-arrangement',
} as const;
