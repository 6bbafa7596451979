export { groupsPersistence } from './persistence/groups-persistence';
export { groupsMigrations } from './persistence/migrations';
