import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { GroupsPorts } from '../domain/ports';
import { TypeOrmArrangementRepository } from './typeorm-arrangement.repository';
import { TypeOrmAttendanceRepository } from './typeorm-attendance.repository';
import { TypeOrmGroupRepository } from './typeorm-group.repository';
import { TypeOrmRosterRepository } from './typeorm-roster.repository';
import { TypeOrmSessionRepository } from './typeorm-session.repository';

export type GroupsRepositories = Pick<
  GroupsPorts,
  'groups' | 'rosters' | 'sessions' | 'attendance' | 'arrangements'
>;

/** Every repository of this library on one EntityManager accessor (the transaction in progress). */
export function typeOrmGroupsRepositories(manager: EntityManagerAccessor): GroupsRepositories {
  return {
    groups: new TypeOrmGroupRepository(manager),
    rosters: new TypeOrmRosterRepository(manager),
    sessions: new TypeOrmSessionRepository(manager),
    attendance: new TypeOrmAttendanceRepository(manager),
    arrangements: new TypeOrmArrangementRepository(manager),
  };
}
