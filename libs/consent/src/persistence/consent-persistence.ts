import type { LibraryPersistence } from '@lavterskel/kernel/typeorm';
import { consentMigrations } from './migrations';

/** What this library adds to a DataSource: its entities (schema `consent`) and migrations. */
export const consentPersistence: LibraryPersistence = {
  name: 'consent',
  schema: 'consent',
  entities: [],
  migrations: consentMigrations,
};
