import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const WORKSPACE_ROOT = join(__dirname, '../../../..');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm start` on the embedded PostgreSQL with `env`, to its exit. */
async function startApi(env: Record<string, string>): Promise<Outcome> {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  try {
    await promisify(execFile)(
      process.execPath,
      ['-C', '@lavterskel/source', '-r', './tools/scripts/register.js', 'apps/api/src/main.ts'],
      { cwd: WORKSPACE_ROOT, env: { ...inherited, PORT: '0', ...env }, timeout: 60_000 },
    );
    throw new Error('the API started');
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

async function listen(): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

describe('when the embedded PostgreSQL cannot start, the API says why in one line', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'lavterskel-embedded-failure-'));
    chmodSync(folder, 0o755); // as root, the server runs as the postgres user
  });
  afterAll(() => {
    chmodSync(folder, 0o755);
    rmSync(folder, { recursive: true, force: true });
  });

  it('names the port in use and EMBEDDED_PG_PORT', async () => {
    const occupant = await listen();
    const port = (occupant.address() as { port: number }).port;
    try {
      const outcome = await startApi({
        EMBEDDED_PG_PORT: String(port),
        EMBEDDED_PG_DIR: join(folder, 'port-test'),
      });
      expect(outcome.code).toBe(1);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toBe(
        `lavterskel-api: the embedded PostgreSQL cannot listen on port ${port}: another program uses it; set EMBEDDED_PG_PORT to a free port\n`,
      );
    } finally {
      occupant.close();
    }
  });

  it('names the data folder it cannot write and EMBEDDED_PG_DIR', async () => {
    // Read and enter for its owner only: no one else may create in it, nor reach inside it
    // (as root, the server runs as the postgres user, who is such a someone else).
    const locked = join(folder, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const dataDir = join(locked, 'postgres');
    const free = await listen();
    const port = (free.address() as { port: number }).port;
    await new Promise((resolve) => free.close(resolve));

    const outcome = await startApi({ EMBEDDED_PG_PORT: String(port), EMBEDDED_PG_DIR: dataDir });

    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr.split('\n')).toEqual([expect.any(String), '']);
    expect(outcome.stderr).toContain(
      `lavterskel-api: the embedded PostgreSQL cannot write its data folder ${dataDir}: `,
    );
    expect(outcome.stderr).toMatch(/Permission denied/);
    expect(outcome.stderr).toMatch(/; set EMBEDDED_PG_DIR to a folder it can write\n$/);
  });
});
