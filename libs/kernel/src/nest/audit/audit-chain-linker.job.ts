import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { linkAuditChain } from '../../persistence/audit-chain-linker';
import type { SqlRunner } from '../../persistence/rate-limit-counter';
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
  private readonly logger = new Logger('AuditChainLinker');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @Inject(KERNEL_DATA_SOURCE) private readonly sql: SqlRunner,
    @Inject(AUDIT_CHAIN_LINK_INTERVAL_MS) private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    if (this.intervalMs <= 0) return;
    this.timer = setInterval(() => void this.runOnce(), this.intervalMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One run; a failure is logged and retried at the next run, never thrown. */
  async runOnce(): Promise<number | undefined> {
    if (this.running) return undefined;
    const run = linkAuditChain(this.sql, { maxRounds: MAX_ROUNDS_PER_RUN });
    this.running = run;
    try {
      return await run;
    } catch (error) {
      this.logger.warn(
        `Linking the audit chain failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return undefined;
    } finally {
      this.running = undefined;
    }
  }
}
