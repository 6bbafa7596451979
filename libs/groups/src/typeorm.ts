export { groupsPersistence } from './persistence/groups-persistence';
export { groupsMigrations } from './persistence/migrations';
export {
  typeOrmGroupsRepositories,
  type GroupsRepositories,
} from './persistence/typeorm-groups-repositories';
export { TypeOrmGroupRepository } from './persistence/typeorm-group.repository';
export { TypeOrmRosterRepository } from './persistence/typeorm-roster.repository';
export { TypeOrmSessionRepository } from './persistence/typeorm-session.repository';
export { TypeOrmAttendanceRepository } from './persistence/typeorm-attendance.repository';
export { TypeOrmArrangementRepository } from './persistence/typeorm-arrangement.repository';
export {
  groupsClientMergeParticipant,
  GROUPS_CLIENT_TABLES,
} from './persistence/client-merge/groups-client-merge';
