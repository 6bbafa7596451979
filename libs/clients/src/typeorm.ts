export { clientsPersistence } from './persistence/clients-persistence';
export { clientsMigrations } from './persistence/migrations';
