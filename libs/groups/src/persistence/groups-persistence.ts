import type { LibraryPersistence } from '@lavterskel/kernel/typeorm';
import { groupsMigrations } from './migrations';

/** What this library adds to a DataSource: its entities (schema `groups`) and migrations. */
export const groupsPersistence: LibraryPersistence = {
  name: 'groups',
  schema: 'groups',
  entities: [],
  migrations: groupsMigrations,
};
