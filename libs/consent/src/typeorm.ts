export { consentPersistence } from './persistence/consent-persistence';
export { consentMigrations } from './persistence/migrations';
