import { AuditEventEntity } from './audit-event.entity';
import type { LibraryPersistence } from './library-persistence';
import { kernelMigrations } from './migrations';

export const kernelPersistence: LibraryPersistence = {
  name: 'kernel',
  schema: 'kernel',
  entities: [AuditEventEntity],
  migrations: kernelMigrations,
};
