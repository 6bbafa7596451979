import type { SqlRunner } from './rate-limit-counter';

/** Tables whose rows carry `expires_at` and are deleted once past it. */
const EXPIRING_TABLES = ['"kernel"."idempotency_record"', '"kernel"."rate_limit_hits"'] as const;

export interface PurgeOptions {
  /** Rows past their expiry at this instant are deleted. */
  at: Date;
  /** Rows deleted per statement: keeps each transaction and its locks short. */
  batchSize: number;
  /** Statements per table and run; the rest waits for the next run. */
  maxBatches: number;
}

/** How many rows a purge deleted, per table. */
export type PurgeResult = Record<(typeof EXPIRING_TABLES)[number], number>;

/**
 * Deletes expired idempotency records and rate-limit windows in bounded batches. Safe to run
 * in every process at once: `SKIP LOCKED` lets concurrent purges take disjoint rows.
 */
export async function purgeExpiredRecords(
  sql: SqlRunner,
  options: PurgeOptions,
): Promise<PurgeResult> {
  const result = {} as PurgeResult;
  for (const table of EXPIRING_TABLES) {
    result[table] = 0;
    for (let batch = 0; batch < options.maxBatches; batch += 1) {
      const rows = (await sql.query(
        `WITH doomed AS (
           SELECT ctid FROM ${table} WHERE expires_at < $1 LIMIT $2 FOR UPDATE SKIP LOCKED
         ), gone AS (
           DELETE FROM ${table} WHERE ctid IN (SELECT ctid FROM doomed) RETURNING 1
         )
         SELECT count(*)::int AS deleted FROM gone`,
        [options.at, options.batchSize],
      )) as { deleted: number }[];
      result[table] += rows[0].deleted;
      if (rows[0].deleted < options.batchSize) break;
    }
  }
  return result;
}
