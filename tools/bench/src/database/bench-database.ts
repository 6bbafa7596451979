import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, freePort, type TestDatabase } from '@lavterskel/dev-postgres';
// The bench measures the composed API's own schema: every library's migrations, as it starts.
/* eslint-disable @nx/enforce-module-boundaries */
import { libraries } from '../../../../apps/api/src/database/libraries';
/* eslint-enable @nx/enforce-module-boundaries */

export interface DatabaseServer {
  /** The server's maintenance database, as its owner (superuser). */
  readonly url: string;
  readonly description: string;
  stop(): Promise<void>;
}

/** The server DATABASE_URL names, else an embedded PostgreSQL started for this run (as `npm start` would). */
export async function databaseServer(): Promise<DatabaseServer> {
  const configured = process.env['DATABASE_URL'];
  if (configured) {
    return {
      url: configured,
      description: `DATABASE_URL (${new URL(configured).host})`,
      stop: async () => undefined,
    };
  }
  const { startEmbeddedPostgres } = await import('@lavterskel/dev-postgres/embedded');
  const port = await freePort();
  const running = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(process.env['EMBEDDED_PG_DIR'] ?? tmpdir(), 'lavterskel-bench-pg-')),
    port,
    persistent: false,
  });
  // createTestDatabase and the API's runtime-role derivation read the server from here.
  process.env['DATABASE_URL'] = running.url;
  return {
    url: running.url,
    description: `embedded PostgreSQL on port ${port}`,
    stop: () => running.stop(),
  };
}

/** A fresh database with every library's migrations (cloned from the migration template). */
export async function freshDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase({
    entities: libraries.flatMap((library) => library.entities),
    migrations: libraries.flatMap((library) => library.migrations),
  });
  return database;
}

/** A name no other run uses, for a database of this run. */
export const runId = (): string => randomBytes(4).toString('hex');
