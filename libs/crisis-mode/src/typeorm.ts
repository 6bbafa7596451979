export { crisisModePersistence } from './persistence/crisis-mode-persistence';
export { crisisModeMigrations } from './persistence/migrations';
export { FollowUpTaskEntity } from './persistence/tasks/follow-up-task.entity';
export { TypeOrmFollowUpTaskRepository } from './persistence/tasks/typeorm-follow-up-task.repository';
export { typeOrmCrisisModeRepositories } from './persistence/crisis-mode-repositories';
export { BackupAssignmentEntity } from './persistence/staffing/backup-assignment.entity';
export { TypeOrmBackupAssignmentRepository } from './persistence/staffing/typeorm-backup-assignment.repository';
export {
  noticesEntities,
  typeOrmNoticesRepositories,
} from './persistence/notices/notices-repositories';
export {
  crisisClientMergeParticipant,
  CRISIS_CLIENT_TABLES,
} from './persistence/client-merge/crisis-client-merge';
