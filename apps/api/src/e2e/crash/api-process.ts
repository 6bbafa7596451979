import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';

const WORKSPACE_ROOT = join(__dirname, '../../../../..');
const READY_TIMEOUT_MS = 20_000;

/** The real API as `npm start` runs it, in a child process of its own process group. */
export interface ApiProcess {
  readonly baseUrl: string;
  /** SIGKILL to the whole process group: no shutdown hook, no flush, no goodbye. */
  kill(): Promise<void>;
  /** Whatever the process wrote to stderr, for a failing test's message. */
  stderr(): string;
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return address.port;
}

/** Starts `main.ts` with `env` added to this process's environment; resolves once /health/ready answers 200. */
export async function startApiProcess(
  port: number,
  env: Readonly<Record<string, string>>,
): Promise<ApiProcess> {
  const child = spawn(
    process.execPath,
    ['-C', '@lavterskel/source', '-r', './tools/scripts/register.js', 'apps/api/src/main.ts'],
    {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
      // Its own process group, so that a kill reaches anything it started.
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const api: ApiProcess = {
    baseUrl: `http://127.0.0.1:${port}`,
    kill: () => killGroup(child),
    stderr: () => stderr,
  };
  try {
    await waitUntilReady(api.baseUrl, child);
  } catch (error) {
    await api.kill();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr}`, {
      cause: error,
    });
  }
  return api;
}

async function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL'); // the group is gone already; make sure the leader is too
  }
  await exited;
}

async function waitUntilReady(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/health/ready`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the API was not ready within ${READY_TIMEOUT_MS} ms`);
}
