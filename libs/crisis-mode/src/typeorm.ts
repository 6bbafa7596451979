export { crisisModePersistence } from './persistence/crisis-mode-persistence';
export { crisisModeMigrations } from './persistence/migrations';
export { typeOrmCrisisModeRepositories } from './persistence/crisis-mode-repositories';
export { BackupAssignmentEntity } from './persistence/staffing/backup-assignment.entity';
export { TypeOrmBackupAssignmentRepository } from './persistence/staffing/typeorm-backup-assignment.repository';
