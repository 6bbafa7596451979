import {
  Module,
  type DynamicModule,
  type InjectionToken,
  type MiddlewareConsumer,
  type ModuleMetadata,
  type NestModule,
} from '@nestjs/common';
import { ClsPluginTransactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import type { DataSource } from 'typeorm';
import { systemClock, type Clock } from '../domain/clock';
import type { UnitOfWork } from '../domain/unit-of-work';
import type { EntityManagerAccessor } from '../persistence/entity-manager-accessor';
import { AuditChainLinkerJob } from './audit/audit-chain-linker.job';
import { AuditService } from './audit/audit.service';
import { RefusalAuditMiddleware } from './audit/refusal-audit';
import { ExpiredRecordsPurger } from './expiry/expired-records-purger';
import {
  DEFAULT_RECORD_RETENTION,
  RECORD_RETENTION,
  type RecordRetention,
} from './expiry/record-retention';
import { PostgresThrottlerStorage } from './rate-limit/postgres-throttler-storage';
import {
  AUDIT_CHAIN_LINK_INTERVAL_MS,
  AUDIT_LOG,
  CLOCK,
  ENTITY_MANAGER,
  KERNEL_DATA_SOURCE,
  RATE_LIMIT_STORAGE,
  UNIT_OF_WORK,
} from './kernel.tokens';
import { TenantScope } from './tenancy/tenant-scope';
import { TenantScopedDataSource } from './tenancy/tenant-scoped-data-source';
import { requestIdFrom } from './transactions/request-id';

export interface KernelModuleOptions {
  /** Token of the TypeORM DataSource the libraries share; default: @nestjs/typeorm's default DataSource. */
  dataSourceToken?: InjectionToken;
  /** Modules that provide `dataSourceToken`, when it is not global. */
  imports?: ModuleMetadata['imports'];
  /** Time source; tests pass `fixedClock(...)`. */
  clock?: Clock;
  /** Expiry of idempotency records and the purge of expired records; defaults in DEFAULT_RECORD_RETENTION. */
  retention?: Partial<RecordRetention>;
  /**
   * Milliseconds between runs of the audit-chain linker in each process (0: off, then only
   * `audit:verify` links). Until linked, a committed audit row is not yet tamper-evident. Default 1000.
   */
  auditChainLinkIntervalMs?: number;
}

type TypeOrmTransactionHost = TransactionHost<TransactionalAdapterTypeOrm>;

/**
 * Import once in the root module. Provides, globally, what every Lavterskel library's
 * Nest module injects: CLOCK, ENTITY_MANAGER, UNIT_OF_WORK, AUDIT_LOG (AuditService),
 * RATE_LIMIT_STORAGE (shared by every process), the purge of expired records, the audit-chain linker, and a request context (request id, transactions shared across libraries).
 */
@Module({})
export class KernelModule implements NestModule {
  /** Every refused request (403, out-of-reach 404) is audited as `denied`. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RefusalAuditMiddleware).forRoutes('/');
  }

  static forRoot(options: KernelModuleOptions = {}): DynamicModule {
    const dataSourceToken = options.dataSourceToken ?? getDataSourceToken();
    return {
      module: KernelModule,
      global: true,
      imports: [
        ...(options.imports ?? []),
        ClsModule.forRoot({
          global: true,
          middleware: {
            mount: true,
            generateId: true,
            idGenerator: requestIdFrom,
            setup: (
              cls,
              request: { id?: string },
              response: { setHeader(n: string, v: string): void },
            ) => {
              request.id = cls.getId();
              response.setHeader('X-Request-Id', cls.getId());
            },
          },
          plugins: [
            new ClsPluginTransactional({
              imports: options.imports ?? [],
              adapter: new TransactionalAdapterTypeOrm({ dataSourceToken }),
            }),
          ],
        }),
      ],
      providers: [
        { provide: KERNEL_DATA_SOURCE, useExisting: dataSourceToken },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        {
          provide: ENTITY_MANAGER,
          useFactory:
            (host: TypeOrmTransactionHost): EntityManagerAccessor =>
            () =>
              host.tx,
          inject: [TransactionHost],
        },
        {
          provide: UNIT_OF_WORK,
          useFactory: (host: TypeOrmTransactionHost): UnitOfWork => ({
            run: (work) => host.withTransaction(work),
          }),
          inject: [TransactionHost],
        },
        AuditService,
        { provide: AUDIT_LOG, useExisting: AuditService },
        {
          provide: RECORD_RETENTION,
          useValue: { ...DEFAULT_RECORD_RETENTION, ...options.retention },
        },
        {
          provide: RATE_LIMIT_STORAGE,
          useFactory: (dataSource: DataSource, clock: Clock) =>
            new PostgresThrottlerStorage(dataSource, clock),
          inject: [KERNEL_DATA_SOURCE, CLOCK],
        },
        ExpiredRecordsPurger,
        {
          provide: AUDIT_CHAIN_LINK_INTERVAL_MS,
          useValue: options.auditChainLinkIntervalMs ?? 1000,
        },
        AuditChainLinkerJob,
        // Row-level security: every connection carries the request's tenant (app.tenant).
        TenantScope,
        TenantScopedDataSource,
      ],
      exports: [
        CLOCK,
        ENTITY_MANAGER,
        UNIT_OF_WORK,
        AUDIT_LOG,
        AuditService,
        KERNEL_DATA_SOURCE,
        RECORD_RETENTION,
        RATE_LIMIT_STORAGE,
        ExpiredRecordsPurger,
        AuditChainLinkerJob,
        TenantScope,
      ],
    };
  }
}
