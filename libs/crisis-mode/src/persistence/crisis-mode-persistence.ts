import type { LibraryPersistence } from '@lavterskel/kernel/typeorm';
import { crisisModeMigrations } from './migrations';
import { BackupAssignmentEntity } from './staffing/backup-assignment.entity';

/** What this library adds to a DataSource: its entities (schema `crisis`) and migrations. */
export const crisisModePersistence: LibraryPersistence = {
  name: 'crisis-mode',
  schema: 'crisis',
  entities: [BackupAssignmentEntity],
  migrations: crisisModeMigrations,
};
