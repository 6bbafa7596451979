import { withClient } from '@lavterskel/dev-postgres';
import { DataSource, type Migration } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Any fixed number, the same in every replica: the session-level advisory lock of a migration run. */
export const MIGRATION_LOCK_KEY = 7_250_301_913;

/**
 * Applies pending migrations as the owner (DATABASE_URL's user), on a connection of its own,
 * while holding an advisory lock: replicas that start together take turns, and the later ones
 * find nothing left to do. The lock is held by a dedicated connection because a session lock
 * belongs to one connection, and TypeORM's pool may hand out any; PostgreSQL drops it if that
 * connection dies. Returns the migrations this call applied.
 */
export async function migrateAsOwner(ownerUrl: string): Promise<Migration[]> {
  return withClient(ownerUrl, async (lock) => {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const dataSource = await new DataSource(dataSourceOptions(ownerUrl)).initialize();
      try {
        return await dataSource.runMigrations({ transaction: 'each' });
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  });
}
