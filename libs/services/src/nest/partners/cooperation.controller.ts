import { Body, Controller, Get, HttpCode, Post, Query, Res, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { etagOf, type Actor } from '@lavterskel/kernel';
import {
  ApiBreakGlassHeader,
  ApiProblemResponses,
  Authorize,
  BreakGlassReason,
  CurrentActor,
  Idempotent,
  ApiIfMatch,
  IfMatchVersion,
  PageQueryDto,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { EscalateCase } from '../../domain/partners/escalate-case.use-case';
import { ListClientEscalations } from '../../domain/partners/list-client-escalations.use-case';
import { ListCooperationMeetings } from '../../domain/partners/list-cooperation-meetings.use-case';
import { RecordCooperationMeeting } from '../../domain/partners/record-cooperation-meeting.use-case';
import { RecordEscalationOutcome } from '../../domain/partners/record-escalation-outcome.use-case';
import { ServicesErrorFilter } from '../services-error.filter';
import type { HeaderResponse } from '../shared/http';
import { pageBody } from '../shared/page';
import { ServicesPolicies } from '../shared/policies';
import {
  CooperationMeetingDto,
  CooperationMeetingPageDto,
  EscalateCaseRequestDto,
  EscalationDto,
  EscalationPageDto,
  RecordCooperationMeetingRequestDto,
  RecordEscalationOutcomeRequestDto,
} from './dto/cooperation.dto';

/** Cooperation meetings with partners, and cases escalated to the cross-agency forum (SV-7). */
@ApiTags('partners')
@Controller('v1/services')
@UseFilters(ServicesErrorFilter)
export class CooperationController {
  constructor(
    private readonly recordCooperationMeeting: RecordCooperationMeeting,
    private readonly listCooperationMeetings: ListCooperationMeetings,
    private readonly escalateCase: EscalateCase,
    private readonly recordEscalationOutcome: RecordEscalationOutcome,
    private readonly listClientEscalations: ListClientEscalations,
  ) {}

  @Post(':serviceId/cooperation-meetings')
  @Authorize(ServicesPolicies.careWork)
  @Idempotent()
  @ApiOperation({
    operationId: 'recordCooperationMeeting',
    summary: 'Record a cooperation meeting between the service and its partners.',
  })
  @ApiCreatedResponse({ type: CooperationMeetingDto })
  @ApiProblemResponses(400, 404, 422)
  async meet(
    @CurrentActor() actor: Actor,
    @UuidParam('serviceId') serviceId: string,
    @Body() body: RecordCooperationMeetingRequestDto,
  ): Promise<CooperationMeetingDto> {
    return CooperationMeetingDto.from(
      await this.recordCooperationMeeting.execute({ actor, serviceId, ...body }),
    );
  }

  @Get(':serviceId/cooperation-meetings')
  @Authorize(ServicesPolicies.readCatalogue)
  @ApiOperation({
    operationId: 'listCooperationMeetings',
    summary: 'The service’s cooperation meetings, newest first.',
  })
  @ApiOkResponse({ type: CooperationMeetingPageDto })
  @ApiProblemResponses(400, 404)
  async meetings(
    @CurrentActor() actor: Actor,
    @UuidParam('serviceId') serviceId: string,
    @Query() query: PageQueryDto,
  ): Promise<CooperationMeetingPageDto> {
    return pageBody(
      await this.listCooperationMeetings.execute({ actor, serviceId, page: query }),
      CooperationMeetingDto.from,
    );
  }

  @Post(':serviceId/escalations')
  @Authorize(ServicesPolicies.careWork)
  @Idempotent()
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'escalateCase',
    summary: 'Take a client’s unresolved case to the cross-agency forum (need-to-know).',
  })
  @ApiCreatedResponse({ type: EscalationDto })
  @ApiProblemResponses(400, 404)
  async escalate(
    @CurrentActor() actor: Actor,
    @UuidParam('serviceId') serviceId: string,
    @Body() body: EscalateCaseRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<EscalationDto> {
    const escalation = await this.escalateCase.execute({
      actor,
      serviceId,
      ...body,
      breakGlassReason,
    });
    response.setHeader('ETag', etagOf(escalation.version));
    return EscalationDto.from(escalation);
  }

  @Post(':serviceId/escalations/:escalationId/outcome')
  @HttpCode(200)
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'recordEscalationOutcome',
    summary:
      'Record what the forum decided; the escalation is resolved. Needs If-Match with its ETag.',
  })
  @ApiOkResponse({ type: EscalationDto })
  @ApiIfMatch()
  @ApiProblemResponses(400, 404, 409, 412, 428)
  async outcome(
    @CurrentActor() actor: Actor,
    @UuidParam('serviceId') serviceId: string,
    @UuidParam('escalationId') escalationId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: RecordEscalationOutcomeRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<EscalationDto> {
    const escalation = await this.recordEscalationOutcome.execute({
      actor,
      serviceId,
      escalationId,
      expectedVersion,
      ...body,
      breakGlassReason,
    });
    response.setHeader('ETag', etagOf(escalation.version));
    return EscalationDto.from(escalation);
  }

  @Get('clients/:clientId/escalations')
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'listClientEscalations',
    summary: 'A client’s escalations, newest first (need-to-know).',
  })
  @ApiOkResponse({ type: EscalationPageDto })
  @ApiProblemResponses(400, 404)
  async escalations(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Query() query: PageQueryDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<EscalationPageDto> {
    return pageBody(
      await this.listClientEscalations.execute({ actor, clientId, breakGlassReason, page: query }),
      EscalationDto.from,
    );
  }
}
