import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Clock } from '@lavterskel/kernel';
import { AuditTrailModule, HttpConventionsModule, KernelModule } from '@lavterskel/kernel/nest';
import type { ApiConfig } from './config/api-config';
import { dataSourceOptions } from './database/data-source-options';
import { migrateAsOwner } from './database/migrate';
import { runtimeConnectionUrl } from './database/runtime-connection';
import { HealthModule } from './health/health.module';
import { clientsWiring } from './wiring/clients.wiring';
import { consentWiring } from './wiring/consent.wiring';
import { crisisModeWiring } from './wiring/crisis-mode.wiring';
import { groupsWiring } from './wiring/groups.wiring';
import { servicesWiring } from './wiring/services.wiring';
import { WiringModule } from './wiring/wiring.module';

export interface AppModuleOptions {
  config: ApiConfig;
  /** The database to use (the configured or the embedded one), as its owner: migrations run so. */
  databaseUrl: string;
  /** Tests pass a fixed clock. */
  clock?: Clock;
}

/** Composition root: one DataSource with every library's migrations, the kernel, the libraries. */
@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // Migrations as the owner; the API's own pool as the runtime role, which owns nothing.
        TypeOrmModule.forRootAsync({
          useFactory: async () => {
            await migrateAsOwner(options.databaseUrl);
            const url = await runtimeConnectionUrl(
              options.databaseUrl,
              options.config.databaseRuntimeUrl,
            );
            return {
              ...dataSourceOptions(url, options.config.databasePoolSize),
              retryAttempts: 1,
            };
          },
        }),
        KernelModule.forRoot({
          clock: options.clock,
          retention: options.config.retention,
          auditChainLinkIntervalMs: options.config.auditChainLinkIntervalMs,
        }),
        HttpConventionsModule.forRoot({ auth: options.config.auth }),
        WiringModule.forRoot(options.config),
        HealthModule.forRoot({ drainMs: options.config.shutdownDrainMs }),
        AuditTrailModule,
        clientsWiring,
        servicesWiring,
        groupsWiring,
        consentWiring,
        crisisModeWiring,
      ],
    };
  }
}
