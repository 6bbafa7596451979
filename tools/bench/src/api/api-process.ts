import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort } from '@lavterskel/dev-postgres';

const WORKSPACE_ROOT = join(__dirname, '../../../..');
const READY_TIMEOUT_MS = 120_000;
const TRACE_PRELOAD = join(__dirname, '../explain/sql-trace-preload.js');

export interface ApiProcessOptions {
  /** The owner's URL of the bench database: the API migrates it and derives its runtime login. */
  databaseUrl: string;
  /** Preloads the SQL statement trace (for statement counts and EXPLAIN; never while measuring). */
  traceFile?: string;
}

/** The API as `npm start` runs it (main.ts through the workspace's register hook), in its own process. */
export interface ApiProcess {
  readonly baseUrl: string;
  readonly pid: number;
  /** The end of what the process wrote to stderr, to explain a failure. */
  stderr(): string;
  /** Writes the trace gathered since the last call to the trace file, then empties it. */
  flushTrace(): Promise<TraceEntry[]>;
  stop(): Promise<void>;
}

export interface TraceEntry {
  text: string;
  calls: number;
  totalMs: number;
  maxMs: number;
  /** The parameters of the slowest call, to EXPLAIN it. */
  slowestValues: unknown[];
}

export async function startApi(options: ApiProcessOptions): Promise<ApiProcess> {
  const port = await freePort();
  const preload = options.traceFile ? ['-r', TRACE_PRELOAD] : [];
  // e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`: a profile of the API under the bench's load.
  const nodeArgs = process.env['BENCH_API_NODE_ARGS']?.split(' ').filter(Boolean) ?? [];
  const child = spawn(
    process.execPath,
    [
      ...nodeArgs,
      '-C',
      '@lavterskel/source',
      '-r',
      './tools/scripts/register.js',
      ...preload,
      'apps/api/src/main.ts',
    ],
    {
      cwd: WORKSPACE_ROOT,
      env: {
        ...process.env,
        ...benchEnvironment(),
        DATABASE_URL: options.databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        ...(options.traceFile ? { BENCH_SQL_TRACE_FILE: options.traceFile } : {}),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(baseUrl, child);
  } catch (error) {
    await stop(child);
    throw new Error(`the API did not start: ${(error as Error).message}\n${stderr}`, {
      cause: error,
    });
  }
  return {
    baseUrl,
    pid: child.pid ?? 0,
    stderr: () => `${child.exitCode !== null ? `(exited with ${child.exitCode}) ` : ''}${stderr}`,
    flushTrace: async () => {
      if (!options.traceFile) return [];
      const before = await readFile(options.traceFile, 'utf8').catch(() => '');
      child.kill('SIGUSR2');
      for (let i = 0; i < 100; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const now = await readFile(options.traceFile, 'utf8').catch(() => '');
        if (now && now !== before) return (JSON.parse(now) as { entries: TraceEntry[] }).entries;
      }
      throw new Error('the API wrote no SQL trace');
    },
    stop: () => stop(child),
  };
}

/**
 * What the bench changes in the API's configuration, and why: searches are rate limited per
 * token subject (120 a minute), which a load test passes in a second; the limit is still
 * counted in PostgreSQL on every search, so the work stays in the measurement. No purge timer.
 */
export function benchEnvironment(): Record<string, string> {
  return {
    NODE_ENV: 'development',
    CLIENT_SEARCH_RATE_LIMIT: '1000000000',
    EXPIRY_PURGE_INTERVAL_SECONDS: '0',
  };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function waitUntilReady(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`it exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`not ready within ${READY_TIMEOUT_MS / 1000} s`);
}
