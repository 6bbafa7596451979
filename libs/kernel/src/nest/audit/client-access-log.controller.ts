import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { accessLogLine } from '../../domain/access-log';
import { hasAnyRole, type Actor } from '../../domain/actor';
import type { AuditLog } from '../../domain/audit';
import { notFound } from '../../domain/kernel-error';
import type { UnitOfWork } from '../../domain/unit-of-work';
import type { AuditTrailQuery } from '../../persistence/audit-trail.query';
import { Authorize, CurrentActor } from '../auth/auth.decorators';
import { Policies } from '../auth/policy';
import { UuidParam } from '../http/uuid-param';
import { AUDIT_LOG, UNIT_OF_WORK } from '../kernel.tokens';
import { PageQueryDto } from '../pagination/page-query.dto';
import { ApiProblemResponses } from '../problem/api-problem-responses';
import { AccessLogLineDto, AccessLogPageDto } from './access-log-line.dto';
import { AUDIT_TRAIL_QUERY } from './audit-trail.tokens';

/** The role of a token issued to a client for their own data (innsyn). */
export const CLIENT_ROLE = 'client';

/**
 * Innsyn: who accessed a client's data, when and why. The kernel owns the audit trail, so the
 * route lives here; the path is the client's because that is whose log it is. A client's own
 * token (subject = client id) sees only their own log; any other id reads as missing.
 */
@ApiTags('audit')
@Controller('v1/clients/:id/access-log')
export class ClientAccessLogController {
  constructor(
    @Inject(AUDIT_TRAIL_QUERY) private readonly trail: AuditTrailQuery,
    @Inject(AUDIT_LOG) private readonly audit: AuditLog,
    @Inject(UNIT_OF_WORK) private readonly unitOfWork: UnitOfWork,
  ) {}

  @Get()
  @Authorize(Policies.anyRole('privacy-officer', CLIENT_ROLE))
  @ApiOperation({
    operationId: 'getClientAccessLog',
    summary: 'A client’s access log (innsyn)',
    description:
      'Who accessed the client’s data, newest first: who (subject, role, organisation), what, when and why, break-the-glass accesses marked, refused attempts included. For privacy officers, and for the client themselves (a `client` token whose subject is the client id). Reading it is itself audited.',
  })
  @ApiOkResponse({ type: AccessLogPageDto })
  @ApiProblemResponses(400, 403, 404)
  list(
    @CurrentActor() actor: Actor,
    @UuidParam('id') clientId: string,
    @Query() query: PageQueryDto,
  ): Promise<AccessLogPageDto> {
    const ownLog = actor.subject === clientId;
    if (!hasAnyRole(actor, ['privacy-officer']) && !ownLog) throw notFound('client');
    return this.unitOfWork.run(async () => {
      const page = await this.trail.list({ ...query, tenantId: actor.tenantId, clientId });
      await this.audit.record({
        actor,
        action: 'read',
        resourceType: 'access-log',
        resourceId: clientId,
        clientId,
        reason: ownLog ? 'the client’s own access log' : 'privacy review',
      });
      return {
        items: page.items.map((entry) => AccessLogLineDto.from(accessLogLine(entry))),
        nextCursor: page.nextCursor,
      };
    });
  }
}
