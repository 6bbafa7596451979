export { AuditEventEntity } from './persistence/audit-event.entity';
export { AuditTrailQuery, type AuditTrailFilter } from './persistence/audit-trail.query';
export type { EntityManagerAccessor } from './persistence/entity-manager-accessor';
export { IdempotencyRecordEntity } from './persistence/idempotency-record.entity';
export {
  IdempotencyStore,
  type IdempotencyIdentity,
  type StoredResponse,
} from './persistence/idempotency-store';
export { keysetPage, type KeysetOrder } from './persistence/keyset-page';
export { queryPrepared, type PreparedStatement } from './persistence/prepared-query';
export { SqlCareRelations, type CareRelationCondition } from './persistence/sql-care-relations';
export { RateLimitHitEntity } from './persistence/rate-limit-hit.entity';
export {
  RateLimitCounter,
  type RateLimitHit,
  type SqlRunner,
} from './persistence/rate-limit-counter';
export {
  purgeExpiredRecords,
  type PurgeOptions,
  type PurgeResult,
} from './persistence/expired-records-purge';
export { kernelPersistence } from './persistence/kernel-persistence';
export type { EntityClass, LibraryPersistence } from './persistence/library-persistence';
export { kernelMigrations } from './persistence/migrations';
export { TypeOrmAuditLog, type TypeOrmAuditLogOptions } from './persistence/typeorm-audit-log';
export { TypeOrmTransactionHost } from './persistence/typeorm-transaction-host';
export {
  ensureRuntimeRole,
  grantRuntimeAccess,
  revokeRuntimeAccess,
  RUNTIME_ROLE,
} from './persistence/runtime-role';
export { linkAuditChain, type LinkAuditChainOptions } from './persistence/audit-chain-linker';
export {
  verifyAuditChain,
  type AuditChainProblem,
  type SqlQueryable,
  type TenantChainReport,
} from './persistence/audit-chain-verifier';
export { disableTenantIsolation, enableTenantIsolation } from './persistence/row-level-security';
export { ALL_TENANTS, scopeConnectionsToTenant } from './persistence/tenant-scoped-connections';
export {
  CLIENT_MERGE_SETTING,
  SqlClientMergeParticipant,
  type ClientKeyedTable,
} from './persistence/sql-client-merge-participant';
