import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Clock } from '../../domain/clock';
import { purgeExpiredRecords, type PurgeResult } from '../../persistence/expired-records-purge';
import type { SqlRunner } from '../../persistence/rate-limit-counter';
import { CLOCK, KERNEL_DATA_SOURCE } from '../kernel.tokens';
import { TenantScope } from '../tenancy/tenant-scope';
import { RECORD_RETENTION, type RecordRetention } from './record-retention';

/** Batches per table and run: a backlog is worked off over several runs, never in one long one. */
const MAX_BATCHES_PER_RUN = 20;

/**
 * Deletes expired idempotency records and rate-limit windows on a timer, in every process:
 * the purge is safe to run concurrently, so no process needs to be elected for it.
 */
@Injectable()
export class ExpiredRecordsPurger implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ExpiredRecordsPurger');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @Inject(KERNEL_DATA_SOURCE) private readonly sql: SqlRunner,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RECORD_RETENTION) private readonly retention: RecordRetention,
    private readonly tenants: TenantScope,
  ) {}

  onApplicationBootstrap(): void {
    if (this.retention.purgeIntervalMs <= 0) return;
    this.timer = setInterval(() => void this.runOnce(), this.retention.purgeIntervalMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One purge; a failure is logged and retried at the next run, never thrown. */
  async runOnce(): Promise<PurgeResult | undefined> {
    if (this.running) return undefined;
    // Expired records of every municipality: under row-level security, a job for all tenants.
    const run = this.tenants.runForAllTenants(() =>
      purgeExpiredRecords(this.sql, {
        at: this.clock.now(),
        batchSize: this.retention.purgeBatchSize,
        maxBatches: MAX_BATCHES_PER_RUN,
      }),
    );
    this.running = run;
    try {
      return await run;
    } catch (error) {
      this.logger.warn(
        `Purge of expired records failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return undefined;
    } finally {
      this.running = undefined;
    }
  }
}
