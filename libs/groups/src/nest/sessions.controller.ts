import { Body, Controller, Get, Headers, Post, Put, Query, Res, UseFilters } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { etagOf, type Actor } from '@lavterskel/kernel';
import {
  ApiProblemResponses,
  Authorize,
  BREAK_GLASS_HEADER,
  BreakGlassReason,
  CurrentActor,
  Idempotent,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { GenerateSessionsUseCase } from '../domain/generate-sessions.use-case';
import { GetAttendanceUseCase } from '../domain/get-attendance.use-case';
import { ListSessionsUseCase } from '../domain/list-sessions.use-case';
import { RecordAttendanceUseCase } from '../domain/record-attendance.use-case';
import { AttendanceDto } from './dto/attendance.response.dto';
import { GenerateSessionsRequestDto } from './dto/generate-sessions.request.dto';
import { ListSessionsQueryDto } from './dto/list-sessions.query.dto';
import { RecordAttendanceRequestDto } from './dto/record-attendance.request.dto';
import { GeneratedSessionsDto, SessionPageDto, SessionDto } from './dto/session.response.dto';
import { GroupsErrorFilter } from './groups-error.filter';
import { GroupsPolicies } from './policies';

interface StatusResponse {
  setHeader(name: string, value: string): void;
  status(code: number): unknown;
}

const breakGlassHeader = ApiHeader({
  name: BREAK_GLASS_HEADER,
  required: false,
  description:
    'A written reason (at least 10 characters) to act on a client you have no care relation to; audited as break-the-glass.',
});

/** GR-1/GR-2: sessions generated from the schedule, and attendance per session. */
@ApiTags('groups')
@Controller('v1/groups/:groupId/sessions')
@UseFilters(GroupsErrorFilter)
export class SessionsController {
  constructor(
    private readonly generateSessions: GenerateSessionsUseCase,
    private readonly listSessions: ListSessionsUseCase,
    private readonly recordAttendance: RecordAttendanceUseCase,
    private readonly getAttendance: GetAttendanceUseCase,
  ) {}

  @Post()
  @Authorize(GroupsPolicies.manage)
  @Idempotent()
  @ApiOperation({
    operationId: 'generateSessions',
    summary: 'Generate sessions from the schedule for a range of Oslo dates (at most 92 days).',
    description:
      'One session per meeting cohort on each date its slot’s weekday falls on; sessions that exist already are kept.',
  })
  @ApiCreatedResponse({ type: GeneratedSessionsDto })
  @ApiProblemResponses(400, 404)
  async generate(
    @CurrentActor() actor: Actor,
    @UuidParam('groupId') groupId: string,
    @Body() body: GenerateSessionsRequestDto,
  ): Promise<GeneratedSessionsDto> {
    return GeneratedSessionsDto.from(
      await this.generateSessions.execute({ actor, groupId, from: body.from, to: body.to }),
    );
  }

  @Get()
  @Authorize(GroupsPolicies.read)
  @ApiOperation({
    operationId: 'listSessions',
    summary: 'List the group’s sessions between two Oslo dates, by date and time.',
  })
  @ApiOkResponse({ type: SessionPageDto })
  @ApiProblemResponses(400, 404)
  async list(
    @CurrentActor() actor: Actor,
    @UuidParam('groupId') groupId: string,
    @Query() query: ListSessionsQueryDto,
  ): Promise<SessionPageDto> {
    const page = await this.listSessions.execute({ actor, groupId, ...query });
    return { items: page.items.map(SessionDto.from), nextCursor: page.nextCursor };
  }

  @Put(':sessionId/attendance/:clientId')
  @Authorize(GroupsPolicies.manage)
  @breakGlassHeader
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'Required to change an existing record: the ETag you read.',
    example: '"1"',
  })
  @ApiOperation({
    operationId: 'recordAttendance',
    summary: 'Record a member’s attendance at a session: present, absent, or cancelled in advance.',
    description:
      'The first record is created (201); changing it needs If-Match (200). Cancelled only before the session begins, present/absent only after.',
  })
  @ApiCreatedResponse({ type: AttendanceDto, description: 'Recorded for the first time.' })
  @ApiOkResponse({ type: AttendanceDto, description: 'Changed.' })
  @ApiProblemResponses(400, 404, 409, 412, 428)
  async record(
    @CurrentActor() actor: Actor,
    @UuidParam('groupId') groupId: string,
    @UuidParam('sessionId') sessionId: string,
    @UuidParam('clientId') clientId: string,
    @Body() body: RecordAttendanceRequestDto,
    @Res({ passthrough: true }) response: StatusResponse,
    @Headers('If-Match') ifMatch?: string,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<AttendanceDto> {
    const result = await this.recordAttendance.execute({
      actor,
      groupId,
      sessionId,
      clientId,
      status: body.status,
      ifMatch,
      breakGlassReason,
    });
    response.status(result.created ? 201 : 200);
    response.setHeader('ETag', etagOf(result.attendance.version));
    return AttendanceDto.from(result.attendance);
  }

  @Get(':sessionId/attendance/:clientId')
  @Authorize(GroupsPolicies.manage)
  @breakGlassHeader
  @ApiOperation({
    operationId: 'getAttendance',
    summary: 'Read a member’s attendance at a session.',
  })
  @ApiOkResponse({
    type: AttendanceDto,
    description: 'The record; the ETag header carries its version.',
  })
  @ApiProblemResponses(400, 404)
  async get(
    @CurrentActor() actor: Actor,
    @UuidParam('groupId') groupId: string,
    @UuidParam('sessionId') sessionId: string,
    @UuidParam('clientId') clientId: string,
    @Res({ passthrough: true }) response: StatusResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<AttendanceDto> {
    const attendance = await this.getAttendance.execute({
      actor,
      groupId,
      sessionId,
      clientId,
      breakGlassReason,
    });
    response.setHeader('ETag', etagOf(attendance.version));
    return AttendanceDto.from(attendance);
  }
}
