export { crisisModePersistence } from './persistence/crisis-mode-persistence';
export { crisisModeMigrations } from './persistence/migrations';
export {
  noticesEntities,
  typeOrmNoticesRepositories,
} from './persistence/notices/notices-repositories';
