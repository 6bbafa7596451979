export { crisisModePersistence } from './persistence/crisis-mode-persistence';
export { crisisModeMigrations } from './persistence/migrations';
