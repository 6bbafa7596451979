import { Module } from '@nestjs/common';
import type { EntityManagerAccessor } from '../../persistence/entity-manager-accessor';
import { AuditTrailQuery } from '../../persistence/audit-trail.query';
import { withLibraryConventions } from '../http/library-conventions';
import { ENTITY_MANAGER } from '../kernel.tokens';
import { AuditEventsController } from './audit-events.controller';
import { ClientAccessLogController } from './client-access-log.controller';
import { AUDIT_TRAIL_QUERY } from './audit-trail.tokens';

/** `GET /v1/audit-events` and a client's access log `GET /v1/clients/{id}/access-log`. Needs KernelModule. */
@Module({
  controllers: withLibraryConventions([AuditEventsController, ClientAccessLogController]),
  providers: [
    {
      provide: AUDIT_TRAIL_QUERY,
      useFactory: (manager: EntityManagerAccessor) => new AuditTrailQuery(manager),
      inject: [ENTITY_MANAGER],
    },
  ],
  exports: [AUDIT_TRAIL_QUERY],
})
export class AuditTrailModule {}
