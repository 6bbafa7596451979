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
  UuidParam,
} from '@lavterskel/kernel/nest';
import { CompleteMission } from '../../domain/outreach/complete-mission.use-case';
import { GetMission } from '../../domain/outreach/get-mission.use-case';
import { ListClientContacts } from '../../domain/outreach/list-client-contacts.use-case';
import { ListOutreachRequests } from '../../domain/outreach/list-outreach-requests.use-case';
import { PlanMission } from '../../domain/outreach/plan-mission.use-case';
import { RecordOutreachContact } from '../../domain/outreach/record-outreach-contact.use-case';
import { RegisterOutreachRequest } from '../../domain/outreach/register-outreach-request.use-case';
import { ServicesErrorFilter } from '../services-error.filter';
import type { HeaderResponse } from '../shared/http';
import { pageBody } from '../shared/page';
import { ServicesPolicies } from '../shared/policies';
import { optionalDate } from '../shared/timestamps';
import { CompleteMissionRequestDto, MissionDto, PlanMissionRequestDto } from './dto/mission.dto';
import {
  ClientContactsQueryDto,
  OutreachContactDto,
  OutreachContactPageDto,
  RecordOutreachContactRequestDto,
} from './dto/outreach-contact.dto';
import {
  ListOutreachRequestsQueryDto,
  OutreachRequestDto,
  OutreachRequestPageDto,
  RegisterOutreachRequestDto,
} from './dto/outreach-request.dto';

/** Ambulant requests and missions, and the people met on outreach (SV-6). */
@ApiTags('outreach')
@Controller('v1/outreach')
@UseFilters(ServicesErrorFilter)
export class OutreachController {
  constructor(
    private readonly registerOutreachRequest: RegisterOutreachRequest,
    private readonly listOutreachRequests: ListOutreachRequests,
    private readonly planMission: PlanMission,
    private readonly getMission: GetMission,
    private readonly completeMission: CompleteMission,
    private readonly recordOutreachContact: RecordOutreachContact,
    private readonly listClientContacts: ListClientContacts,
  ) {}

  @Post('requests')
  @Authorize(ServicesPolicies.careWork)
  @Idempotent()
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'requestOutreach',
    summary: 'Register a call or message asking the ambulant team to come out.',
  })
  @ApiCreatedResponse({ type: OutreachRequestDto })
  @ApiProblemResponses(400, 404, 422)
  async request(
    @CurrentActor() actor: Actor,
    @Body() body: RegisterOutreachRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<OutreachRequestDto> {
    const { receivedAt, ...rest } = body;
    return OutreachRequestDto.from(
      await this.registerOutreachRequest.execute({
        actor,
        ...rest,
        receivedAt: optionalDate(receivedAt),
        breakGlassReason,
      }),
    );
  }

  @Get('requests')
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'listOutreachRequests',
    summary:
      'A service’s requests, oldest first: for the team that runs it, or with a break-glass reason.',
  })
  @ApiOkResponse({ type: OutreachRequestPageDto })
  @ApiProblemResponses(400, 404)
  async requests(
    @CurrentActor() actor: Actor,
    @Query() query: ListOutreachRequestsQueryDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<OutreachRequestPageDto> {
    const { serviceId, status, ...page } = query;
    return pageBody(
      await this.listOutreachRequests.execute({ actor, serviceId, status, breakGlassReason, page }),
      OutreachRequestDto.from,
    );
  }

  @Post('missions')
  @Authorize(ServicesPolicies.careWork)
  @Idempotent()
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'planOutreachMission',
    summary: 'Plan a mission; two staff when the client carries a violence-risk flag.',
    description:
      'Whether two staff are required is read from the client record (an active `violence-risk` flag); `twoStaffRequested` can only add the requirement.',
  })
  @ApiCreatedResponse({ type: MissionDto })
  @ApiProblemResponses(400, 404, 409, 422)
  async plan(
    @CurrentActor() actor: Actor,
    @Body() body: PlanMissionRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<MissionDto> {
    const mission = await this.planMission.execute({
      actor,
      ...body,
      plannedAt: new Date(body.plannedAt),
      breakGlassReason,
    });
    response.setHeader('ETag', etagOf(mission.version));
    return MissionDto.from(mission);
  }

  @Get('missions/:missionId')
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'getOutreachMission',
    summary: 'One mission; the ETag is its version.',
  })
  @ApiOkResponse({ type: MissionDto })
  @ApiProblemResponses(400, 404)
  async mission(
    @CurrentActor() actor: Actor,
    @UuidParam('missionId') missionId: string,
    @BreakGlassReason() breakGlassReason: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<MissionDto> {
    const mission = await this.getMission.execute({ actor, missionId, breakGlassReason });
    response.setHeader('ETag', etagOf(mission.version));
    return MissionDto.from(mission);
  }

  @Post('missions/:missionId/completion')
  @HttpCode(200)
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'completeOutreachMission',
    summary:
      'Close a planned mission as completed or cancelled. Needs If-Match with the mission’s ETag.',
  })
  @ApiOkResponse({ type: MissionDto })
  @ApiIfMatch()
  @ApiProblemResponses(400, 404, 409, 412, 428)
  async complete(
    @CurrentActor() actor: Actor,
    @UuidParam('missionId') missionId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: CompleteMissionRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<MissionDto> {
    const mission = await this.completeMission.execute({
      actor,
      missionId,
      expectedVersion,
      ...body,
      breakGlassReason,
    });
    response.setHeader('ETag', etagOf(mission.version));
    return MissionDto.from(mission);
  }

  @Post('contacts')
  @Authorize(ServicesPolicies.careWork)
  @Idempotent()
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'recordOutreachContact',
    summary:
      'Record someone met on outreach: known or anonymous, new or not, symptoms and referrals.',
  })
  @ApiCreatedResponse({ type: OutreachContactDto })
  @ApiProblemResponses(400, 404, 422)
  async contact(
    @CurrentActor() actor: Actor,
    @Body() body: RecordOutreachContactRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<OutreachContactDto> {
    const { metAt, ...rest } = body;
    return OutreachContactDto.from(
      await this.recordOutreachContact.execute({
        actor,
        ...rest,
        metAt: optionalDate(metAt),
        breakGlassReason,
      }),
    );
  }

  @Get('contacts')
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'listOutreachContacts',
    summary: 'A client’s outreach contacts, newest first (need-to-know).',
  })
  @ApiOkResponse({ type: OutreachContactPageDto })
  @ApiProblemResponses(400, 404)
  async contacts(
    @CurrentActor() actor: Actor,
    @Query() query: ClientContactsQueryDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<OutreachContactPageDto> {
    const { clientId, ...page } = query;
    return pageBody(
      await this.listClientContacts.execute({ actor, clientId, breakGlassReason, page }),
      OutreachContactDto.from,
    );
  }
}
