import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';

/** What a stopping API waits for before it closes its port: by default SHUTDOWN_DRAIN_SECONDS. */
export const SHUTDOWN_DRAIN = Symbol('SHUTDOWN_DRAIN');
export type ShutdownDrain = () => Promise<void>;

export function drainFor(ms: number): ShutdownDrain {
  return () => sleep(ms);
}

/**
 * Set as soon as the API starts stopping (SIGTERM, SIGINT, `app.close()`), before the HTTP
 * server closes, so that readiness answers 503 and a load balancer sends no new requests while
 * the ones in flight finish. Nest calls this hook before it closes the server and only then
 * the database pool.
 */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown {
  private stopping = false;

  constructor(@Inject(SHUTDOWN_DRAIN) private readonly drain: ShutdownDrain) {}

  get shuttingDown(): boolean {
    return this.stopping;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.drain();
  }
}
