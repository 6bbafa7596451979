import { Module } from '@nestjs/common';
import type { EntityManagerAccessor } from '../../persistence/entity-manager-accessor';
import { AuditTrailQuery } from '../../persistence/audit-trail.query';
import { ENTITY_MANAGER } from '../kernel.tokens';
import { AuditEventsController } from './audit-events.controller';
import { AUDIT_TRAIL_QUERY } from './audit-trail.tokens';

/** `GET /v1/audit-events`. Needs KernelModule. */
@Module({
  controllers: [AuditEventsController],
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
