export { crisisModePersistence } from './persistence/crisis-mode-persistence';
export { crisisModeMigrations } from './persistence/migrations';
export { typeOrmCrisisModeRepositories } from './persistence/crisis-mode-repositories';
