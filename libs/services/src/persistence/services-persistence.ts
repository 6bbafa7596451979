import type { LibraryPersistence } from '@lavterskel/kernel/typeorm';
import { servicesMigrations } from './migrations';

/** What this library adds to a DataSource: its entities (schema `services`) and migrations. */
export const servicesPersistence: LibraryPersistence = {
  name: 'services',
  schema: 'services',
  entities: [],
  migrations: servicesMigrations,
};
