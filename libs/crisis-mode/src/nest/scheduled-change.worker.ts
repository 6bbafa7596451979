import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TenantScope } from '@lavterskel/kernel/nest';
import { RunDueLevelChanges } from '../domain/activation/run-due-level-changes.use-case';
import {
  CRISIS_MODE_MODULE_OPTIONS,
  type CrisisModeModuleOptions,
} from './crisis-mode.module-definition';

/** How often each API process looks for due scheduled level changes, by default. */
export const DEFAULT_SCHEDULER_INTERVAL_MS = 10_000;

/**
 * Polls for due scheduled level changes. The schedule lives in the database, not in this
 * timer: any number of API processes may poll, each change is claimed by one of them and fires
 * once. `schedulerIntervalMs: 0` turns polling off (tests call `runDue()` themselves).
 */
@Injectable()
export class ScheduledChangeWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ScheduledChangeWorker.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly runDueChanges: RunDueLevelChanges,
    @Inject(CRISIS_MODE_MODULE_OPTIONS) private readonly options: CrisisModeModuleOptions,
    private readonly tenants: TenantScope,
  ) {}

  onApplicationBootstrap(): void {
    const interval = this.options.schedulerIntervalMs ?? DEFAULT_SCHEDULER_INTERVAL_MS;
    if (interval <= 0) return;
    this.timer = setInterval(() => void this.tick(), interval);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Fires every due change now; returns the ids applied and failed. */
  runDue(): ReturnType<RunDueLevelChanges['execute']> {
    // Due changes of every municipality: row-level security lets this job see them all.
    return this.tenants.runForAllTenants(() => this.runDueChanges.execute());
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.runDue()
      .then((result) => {
        if (result.applied.length || result.failed.length)
          this.logger.log(`scheduled level changes: ${JSON.stringify(result)}`);
      })
      .catch((error: unknown) =>
        this.logger.error(`scheduled level changes failed: ${String(error)}`),
      )
      .finally(() => (this.running = null));
    await this.running;
  }
}
