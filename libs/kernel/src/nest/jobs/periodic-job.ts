import { Logger } from '@nestjs/common';

/**
 * A task run on a timer in this process: never two runs at once, a failure logged and retried
 * at the next run (never thrown), and a run in progress awaited at shutdown. The timer does not
 * keep the process alive.
 */
export class PeriodicJob<T> {
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<T | undefined>;

  constructor(
    name: string,
    /** What the warning says went wrong, e.g. "Purge of expired records failed". */
    private readonly failure: string,
    private readonly task: () => Promise<T>,
  ) {
    this.logger = new Logger(name);
  }

  /** Runs every `intervalMs`; 0 or less: never. */
  start(intervalMs: number): void {
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => void this.runOnce(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One run, or `undefined` when one is already running or it failed. */
  runOnce(): Promise<T | undefined> {
    if (this.running) return Promise.resolve(undefined);
    this.running = this.task()
      .catch((error: unknown) => {
        this.logger.warn(
          `${this.failure}: ${error instanceof Error ? error.message : String(error)}`,
        );
        return undefined;
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}
