export {
  GroupsModule,
  GROUPS_MODULE_OPTIONS,
  type GroupsModuleOptions,
} from './nest/groups.module';
export { CohortArrangements } from './nest/cohort-arrangements';
export { GroupsErrorFilter } from './nest/groups-error.filter';
export { GroupsPolicies } from './nest/policies';
export { GroupsController } from './nest/groups.controller';
export { CohortsController } from './nest/cohorts.controller';
export { MembersController } from './nest/members.controller';
export { SessionsController } from './nest/sessions.controller';
export { ExposureController } from './nest/exposure.controller';
export { ArrangementsController } from './nest/arrangements.controller';
