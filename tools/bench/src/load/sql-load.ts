import type { Pool, PoolClient } from 'pg';
import { percentile, round, type Measurement } from './measurement';

/** One unit of a scenario's minimal SQL on a pooled connection; resolves when its work is done. */
export type SqlUnit = (client: PoolClient) => Promise<void>;

/**
 * `connections` concurrent callers share `pool` (the same size as the API's), each running
 * units back to back for `seconds`, as autocannon's connections share the API's pool.
 */
export async function sqlLoad(options: {
  pool: Pool;
  connections: number;
  seconds: number;
  nextUnit: () => SqlUnit;
}): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: unknown;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const caller = async () => {
    while (performance.now() < deadline) {
      const unit = options.nextUnit();
      const begun = performance.now();
      const client = await options.pool.connect();
      try {
        await unit(client);
        latencies.push(performance.now() - begun);
      } catch (error) {
        errors += 1;
        firstError ??= error;
        await client.query('ROLLBACK').catch(() => undefined);
      } finally {
        client.release();
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, caller));
  const seconds = (performance.now() - started) / 1000;
  if (errors > 0) console.warn(`  ${errors} SQL units failed, e.g. ${String(firstError)}`);
  return {
    connections: options.connections,
    seconds: round(seconds, 1),
    requests: latencies.length,
    perSecond: round(latencies.length / seconds, 0),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    errors,
    non2xx: 0,
    failedChecks: errors,
    checkedShare: 1,
  };
}
