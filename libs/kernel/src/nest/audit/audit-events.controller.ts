import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../domain/actor';
import type { AuditLog } from '../../domain/audit';
import type { UnitOfWork } from '../../domain/unit-of-work';
import type { AuditTrailQuery } from '../../persistence/audit-trail.query';
import { Authorize, CurrentActor } from '../auth/auth.decorators';
import { Policies } from '../auth/policy';
import { AUDIT_LOG, UNIT_OF_WORK } from '../kernel.tokens';
import { ApiProblemResponses } from '../problem/api-problem-responses';
import { AuditEventDto, AuditEventPageDto } from './audit-event.dto';
import { AuditEventsQueryDto } from './audit-events.query.dto';
import { AUDIT_TRAIL_QUERY } from './audit-trail.tokens';

/** A privacy officer's view of who accessed personal data in their municipality. */
@ApiTags('audit')
@Controller('v1/audit-events')
export class AuditEventsController {
  constructor(
    @Inject(AUDIT_TRAIL_QUERY) private readonly trail: AuditTrailQuery,
    @Inject(AUDIT_LOG) private readonly audit: AuditLog,
    @Inject(UNIT_OF_WORK) private readonly unitOfWork: UnitOfWork,
  ) {}

  @Get()
  @Authorize(Policies.anyRole('privacy-officer'))
  @ApiOperation({
    operationId: 'listAuditEvents',
    summary: 'List accesses to personal data in the caller’s municipality, newest first.',
  })
  @ApiOkResponse({ type: AuditEventPageDto })
  @ApiProblemResponses(400)
  list(
    @CurrentActor() actor: Actor,
    @Query() query: AuditEventsQueryDto,
  ): Promise<AuditEventPageDto> {
    return this.unitOfWork.run(async () => {
      const page = await this.trail.list({ ...query, tenantId: actor.tenantId });
      await this.audit.record({
        actor,
        action: 'read',
        resourceType: 'audit-trail',
        clientId: query.clientId,
        // Every client the page names, so the review shows in each one's access log.
        clientIds: [
          ...new Set(page.items.flatMap((entry) => (entry.clientId ? [entry.clientId] : []))),
        ],
        reason: 'privacy review',
      });
      return { items: page.items.map(AuditEventDto.from), nextCursor: page.nextCursor };
    });
  }
}
