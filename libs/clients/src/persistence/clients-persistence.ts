import type { LibraryPersistence } from '@lavterskel/kernel/typeorm';
import { clientsMigrations } from './migrations';

/** What this library adds to a DataSource: its entities (schema `clients`) and migrations. */
export const clientsPersistence: LibraryPersistence = {
  name: 'clients',
  schema: 'clients',
  entities: [],
  migrations: clientsMigrations,
};
