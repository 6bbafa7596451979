import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Clock } from '../../domain/clock';
import { purgeExpiredRecords, type PurgeResult } from '../../persistence/expired-records-purge';
import type { SqlRunner } from '../../persistence/rate-limit-counter';
import { PeriodicJob } from '../jobs/periodic-job';
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
  private readonly job = new PeriodicJob(
    'ExpiredRecordsPurger',
    'Purge of expired records failed',
    () =>
      // Expired records of every municipality: under row-level security, a job for all tenants.
      this.tenants.runForAllTenants(() =>
        purgeExpiredRecords(this.sql, {
          at: this.clock.now(),
          batchSize: this.retention.purgeBatchSize,
          maxBatches: MAX_BATCHES_PER_RUN,
        }),
      ),
  );

  constructor(
    @Inject(KERNEL_DATA_SOURCE) private readonly sql: SqlRunner,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RECORD_RETENTION) private readonly retention: RecordRetention,
    private readonly tenants: TenantScope,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.retention.purgeIntervalMs);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** One purge; a failure is logged and retried at the next run, never thrown. */
  runOnce(): Promise<PurgeResult | undefined> {
    return this.job.runOnce();
  }
}
