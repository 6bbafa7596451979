import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDatabaseIfMissing, dropDatabase, freePort, withDatabase } from '@lavterskel/dev-postgres';
import { startEmbeddedPostgres } from '@lavterskel/dev-postgres/embedded';
import type { LibraryPersistence } from '@lavterskel/kernel/typeorm';

export interface SqlStatement {
  query: string;
  parameters?: unknown[];
}

export interface SchemaChanges {
  up: SqlStatement[];
  down: SqlStatement[];
}

/** A PostgreSQL server for the scripts: DATABASE_URL's, or a throwaway embedded one. */
export async function withServer<T>(work: (serverUrl: string) => Promise<T>): Promise<T> {
  const given = process.env['DATABASE_URL'];
  if (given) return work(given);
  const server = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'lavterskel-migrations-pg-')),
    port: await freePort(),
    persistent: false,
  });
  try {
    return await work(server.url);
  } finally {
    await server.stop();
  }
}

/**
 * What the library's entities need beyond its own migrations, computed on a scratch
 * database that holds only this library's migrations: so a library's migration never
 * touches another library's tables.
 */
export async function pendingSchemaChanges(serverUrl: string, library: LibraryPersistence): Promise<SchemaChanges> {
  const scratch = `lvt_scratch_${library.name.replaceAll('-', '_')}_${randomBytes(4).toString('hex')}`;
  await createDatabaseIfMissing(serverUrl, scratch);
  const dataSource = new DataSource({
    type: 'postgres',
    url: withDatabase(serverUrl, scratch),
    entities: [...library.entities],
    migrations: [...library.migrations],
    poolSize: 1,
  });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const schemaMissing = await dataSource.query(
      'SELECT 1 FROM information_schema.schemata WHERE schema_name = $1',
      [library.schema],
    ).then((rows: unknown[]) => rows.length === 0);
    const log = await dataSource.driver.createSchemaBuilder().log();
    const up: SqlStatement[] = log.upQueries.map(({ query, parameters }) => ({ query, parameters }));
    const down: SqlStatement[] = log.downQueries.map(({ query, parameters }) => ({ query, parameters })).reverse();
    if (schemaMissing && up.length > 0) {
      up.unshift({ query: `CREATE SCHEMA IF NOT EXISTS "${library.schema}"` });
      down.push({ query: `DROP SCHEMA IF EXISTS "${library.schema}"` });
    }
    return { up, down };
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await dropDatabase(serverUrl, scratch);
  }
}
