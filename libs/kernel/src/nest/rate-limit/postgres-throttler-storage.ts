import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Clock } from '../../domain/clock';
import { RateLimitCounter, type SqlRunner } from '../../persistence/rate-limit-counter';

/** The package does not export its record type by name. */
type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * `@nestjs/throttler` storage in PostgreSQL (`kernel.rate_limit_hits`): every API process
 * counts against the same windows. A caller over the limit stays refused until its window
 * ends (the window is the block; `blockDuration` is not used).
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  private readonly counter: RateLimitCounter;

  constructor(
    sql: SqlRunner,
    private readonly clock: Clock,
  ) {
    this.counter = new RateLimitCounter(sql);
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const at = this.clock.now();
    const { hits, windowEndsAt } = await this.counter.hit({
      key,
      throttler: throttlerName,
      ttlMs: ttl,
      at,
    });
    // Seconds, as @nestjs/throttler's own storage answers; at least 1 so Retry-After is never 0.
    const secondsLeft = Math.max(1, Math.ceil((windowEndsAt.getTime() - at.getTime()) / 1000));
    const isBlocked = hits > limit;
    return {
      totalHits: hits,
      timeToExpire: secondsLeft,
      isBlocked,
      timeToBlockExpire: isBlocked ? secondsLeft : 0,
    };
  }
}
