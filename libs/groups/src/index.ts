export { GroupsError, GroupsErrorCode } from './domain/groups-error';
