import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Applies pending migrations as the owner (DATABASE_URL's user), on a connection of its own. */
export async function migrateAsOwner(ownerUrl: string): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(ownerUrl)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
