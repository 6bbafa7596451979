import type { LibraryPersistence } from '@lavterskel/kernel/typeorm';
import { crisisModeMigrations } from './migrations';
import { FollowUpTaskEntity } from './tasks/follow-up-task.entity';

/** What this library adds to a DataSource: its entities (schema `crisis`) and migrations. */
export const crisisModePersistence: LibraryPersistence = {
  name: 'crisis-mode',
  schema: 'crisis',
  entities: [FollowUpTaskEntity],
  migrations: crisisModeMigrations,
};
