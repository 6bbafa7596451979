import type { LibraryPersistence } from '@lavterskel/kernel/typeorm';
import { ArrangedCohortEntity } from './arranged-cohort.entity';
import { ArrangedMemberEntity } from './arranged-member.entity';
import { ArrangementEntity } from './arrangement.entity';
import { AttendanceEntity } from './attendance.entity';
import { CohortEntity } from './cohort.entity';
import { GroupEntity } from './group.entity';
import { MembershipEntity } from './membership.entity';
import { groupsMigrations } from './migrations';
import { SessionEntity } from './session.entity';

/** What this library adds to a DataSource: its entities (schema `groups`) and migrations. */
export const groupsPersistence: LibraryPersistence = {
  name: 'groups',
  schema: 'groups',
  entities: [
    GroupEntity,
    CohortEntity,
    MembershipEntity,
    SessionEntity,
    AttendanceEntity,
    ArrangementEntity,
    ArrangedCohortEntity,
    ArrangedMemberEntity,
  ],
  migrations: groupsMigrations,
};
