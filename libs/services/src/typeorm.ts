export { servicesPersistence } from './persistence/services-persistence';
export { servicesMigrations } from './persistence/migrations';
