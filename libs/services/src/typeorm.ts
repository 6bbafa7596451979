export { servicesPersistence } from './persistence/services-persistence';
export { servicesMigrations } from './persistence/migrations';
export {
  typeOrmServicesRepositories,
  type ServicesRepositories,
} from './persistence/services-repositories';
export { enrolmentCareCondition } from './persistence/enrolment/enrolment-care-condition';
export {
  servicesClientMergeParticipant,
  SERVICES_CLIENT_TABLES,
} from './persistence/client-merge/services-client-merge';
