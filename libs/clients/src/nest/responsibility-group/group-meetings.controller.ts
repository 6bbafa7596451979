import { Body, Controller, Get, Post, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiBreakGlassHeader,
  ApiProblemResponses,
  Authorize,
  BreakGlassReason,
  CurrentActor,
  Idempotent,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { ListGroupMeetings } from '../../domain/responsibility-group/list-group-meetings.use-case';
import { PlanGroupMeeting } from '../../domain/responsibility-group/plan-group-meeting.use-case';
import { RecordGroupMeeting } from '../../domain/responsibility-group/record-group-meeting.use-case';
import { ClientsErrorFilter } from '../clients-error.filter';
import { FOLLOW_UP_STAFF } from '../http/policies';
import {
  PlanGroupMeetingRequestDto,
  RecordGroupMeetingRequestDto,
} from './dto/group-meeting.request.dto';
import { GroupMeetingDto, GroupMeetingListDto } from './dto/group-meeting.response.dto';

/** The meetings of the client's responsibility group: planned, then recorded as held. */
@ApiTags('clients: follow-up')
@Controller('v1/clients/:clientId/responsibility-group/meetings')
@Authorize(FOLLOW_UP_STAFF)
@UseFilters(ClientsErrorFilter)
export class GroupMeetingsController {
  constructor(
    private readonly planMeeting: PlanGroupMeeting,
    private readonly recordMeeting: RecordGroupMeeting,
    private readonly listMeetings: ListGroupMeetings,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    operationId: 'planResponsibilityGroupMeeting',
    summary: 'Plan a meeting of the responsibility group',
    description: 'When, and how: at the office, on video, by phone or outdoors.',
  })
  @ApiBreakGlassHeader()
  @ApiCreatedResponse({ type: GroupMeetingDto, description: 'Planned.' })
  @ApiProblemResponses(400, 404)
  async plan(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Body() body: PlanGroupMeetingRequestDto,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<GroupMeetingDto> {
    const meeting = await this.planMeeting.execute({
      actor,
      clientId,
      breakGlassReason,
      ...body.entry(),
    });
    return GroupMeetingDto.from(meeting);
  }

  @Get()
  @ApiOperation({
    operationId: 'listResponsibilityGroupMeetings',
    summary: 'The group’s meetings, planned and held, latest first',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: GroupMeetingListDto })
  @ApiProblemResponses(400, 404)
  async list(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<GroupMeetingListDto> {
    const meetings = await this.listMeetings.execute({ actor, clientId, breakGlassReason });
    return { items: meetings.map(GroupMeetingDto.from) };
  }

  @Post(':meetingId/minutes')
  @Idempotent()
  @ApiOperation({
    operationId: 'recordResponsibilityGroupMeeting',
    summary: 'Record a planned meeting as held',
    description:
      'Who attended (members on the day), the decisions, follow-up items with the responsible member and due date, and optionally the next meeting, planned at once. Once only (409 clients.meeting-already-held). The external members’ consents are asked anew.',
  })
  @ApiBreakGlassHeader()
  @ApiCreatedResponse({
    type: GroupMeetingDto,
    description: 'The meeting, held, with its minutes.',
  })
  @ApiProblemResponses(400, 404, 409)
  async record(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @UuidParam('meetingId') meetingId: string,
    @Body() body: RecordGroupMeetingRequestDto,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<GroupMeetingDto> {
    const { meeting } = await this.recordMeeting.execute({
      actor,
      clientId,
      meetingId,
      breakGlassReason,
      ...body.entry(),
    });
    return GroupMeetingDto.from(meeting);
  }
}
