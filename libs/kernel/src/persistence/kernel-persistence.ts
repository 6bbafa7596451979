import { AuditEventEntity } from './audit-event.entity';
import { IdempotencyRecordEntity } from './idempotency-record.entity';
import type { LibraryPersistence } from './library-persistence';
import { RateLimitHitEntity } from './rate-limit-hit.entity';
import { kernelMigrations } from './migrations';

export const kernelPersistence: LibraryPersistence = {
  name: 'kernel',
  schema: 'kernel',
  entities: [AuditEventEntity, IdempotencyRecordEntity, RateLimitHitEntity],
  migrations: kernelMigrations,
};
