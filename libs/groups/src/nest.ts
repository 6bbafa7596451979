export { GroupsModule, GroupsModuleOptions } from './nest/groups.module';
export { GroupsErrorFilter } from './nest/groups-error.filter';
