import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { linkAuditChain } from '../../persistence/audit-chain-linker';
import type { SqlRunner } from '../../persistence/rate-limit-counter';
import { PeriodicJob } from '../jobs/periodic-job';
import { AUDIT_CHAIN_LINK_INTERVAL_MS, KERNEL_DATA_SOURCE } from '../kernel.tokens';

/** Transactions per run at most: a backlog (a crisis activation's rows) is worked off over runs. */
const MAX_ROUNDS_PER_RUN = 20;

/**
 * Links committed audit rows into their municipality's hash chain on a timer, in every
 * process: linking after commit keeps the chain's per-municipality lock out of the requests'
 * commits, and concurrent linkers take disjoint tenants, so no process needs to be elected.
 */
@Injectable()
export class AuditChainLinkerJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly job = new PeriodicJob('AuditChainLinker', 'Linking the audit chain failed', () =>
    linkAuditChain(this.sql, { maxRounds: MAX_ROUNDS_PER_RUN }),
  );

  constructor(
    @Inject(KERNEL_DATA_SOURCE) private readonly sql: SqlRunner,
    @Inject(AUDIT_CHAIN_LINK_INTERVAL_MS) private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.intervalMs);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** One run (rows linked); a failure is logged and retried at the next run, never thrown. */
  runOnce(): Promise<number | undefined> {
    return this.job.runOnce();
  }
}
