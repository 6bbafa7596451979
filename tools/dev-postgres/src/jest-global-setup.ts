import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { freePort } from './free-port';

declare global {
  var lavterskelTestPostgres: RunningPostgres | undefined;
}

/**
 * Integration tests talk to real PostgreSQL: the one `DATABASE_URL` names, or else an
 * embedded server started here for this jest run (on a free port, in a temporary folder).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['DATABASE_URL']) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'lavterskel-test-pg-'));
  const port = await freePort();
  globalThis.lavterskelTestPostgres = await startEmbeddedPostgres({ dataDir, port, persistent: false });
  // Test workers are forked after global setup and inherit this.
  process.env['DATABASE_URL'] = globalThis.lavterskelTestPostgres.url;
}
