/** What the counter needs of TypeORM: a DataSource or an EntityManager. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export interface RateLimitHit {
  /** Requests counted in the window so far, this one included. */
  hits: number;
  windowEndsAt: Date;
}

/**
 * Counts requests per key in fixed windows of `ttlMs` aligned to the epoch, so that every
 * process puts a request in the same window. One atomic upsert per request: concurrent
 * requests on many processes never lose a count.
 */
export class RateLimitCounter {
  constructor(private readonly sql: SqlRunner) {}

  async hit(input: {
    key: string;
    throttler: string;
    ttlMs: number;
    at: Date;
  }): Promise<RateLimitHit> {
    const windowStart = Math.floor(input.at.getTime() / input.ttlMs) * input.ttlMs;
    const rows = (await this.sql.query(
      `INSERT INTO "kernel"."rate_limit_hits" AS hit (key, window_start, throttler, hits, expires_at)
       VALUES ($1, $2, $3, 1, $4)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = hit.hits + 1
       RETURNING hit.hits`,
      [input.key, new Date(windowStart), input.throttler, new Date(windowStart + input.ttlMs)],
    )) as { hits: number }[];
    return { hits: rows[0].hits, windowEndsAt: new Date(windowStart + input.ttlMs) };
  }
}
