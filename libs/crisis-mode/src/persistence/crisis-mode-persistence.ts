import type { LibraryPersistence } from '@lavterskel/kernel/typeorm';
import { crisisModeMigrations } from './migrations';
import { noticesEntities } from './notices/notices-repositories';

/** What this library adds to a DataSource: its entities (schema `crisis`) and migrations. */
export const crisisModePersistence: LibraryPersistence = {
  name: 'crisis-mode',
  schema: 'crisis',
  entities: [...noticesEntities],
  migrations: crisisModeMigrations,
};
