import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { SHUTDOWN_DRAIN, ShutdownState, drainFor } from './shutdown-state';

@Module({})
export class HealthModule {
  /** `drainMs`: how long readiness reports 503 before a stopping API closes its port. */
  static forRoot(options: { drainMs: number }): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [{ provide: SHUTDOWN_DRAIN, useValue: drainFor(options.drainMs) }, ShutdownState],
    };
  }
}
