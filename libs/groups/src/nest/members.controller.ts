import { Body, Controller, Delete, Get, Post, Query, Res, UseFilters } from '@nestjs/common';
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
  IfMatchVersion,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { GetMembershipUseCase } from '../domain/get-membership.use-case';
import { JoinGroupUseCase } from '../domain/join-group.use-case';
import { LeaveGroupUseCase } from '../domain/leave-group.use-case';
import { ListMembersUseCase } from '../domain/list-members.use-case';
import { JoinGroupRequestDto } from './dto/join-group.request.dto';
import { ListMembersQueryDto } from './dto/list-members.query.dto';
import { MemberPageDto, MembershipDto } from './dto/membership.response.dto';
import { GroupsErrorFilter } from './groups-error.filter';
import { GroupsPolicies } from './policies';

interface HeaderResponse {
  setHeader(name: string, value: string): void;
}

const breakGlassHeader = ApiHeader({
  name: BREAK_GLASS_HEADER,
  required: false,
  description:
    'A written reason (at least 10 characters) to act on a client you have no care relation to; audited as break-the-glass.',
});

/** GR-2: members of a group, the waitlist, joining and leaving. */
@ApiTags('groups')
@Controller('v1/groups/:groupId/members')
@UseFilters(GroupsErrorFilter)
export class MembersController {
  constructor(
    private readonly joinGroup: JoinGroupUseCase,
    private readonly listMembers: ListMembersUseCase,
    private readonly getMembership: GetMembershipUseCase,
    private readonly leaveGroup: LeaveGroupUseCase,
  ) {}

  @Post()
  @Authorize(GroupsPolicies.manage)
  @Idempotent()
  @breakGlassHeader
  @ApiOperation({
    operationId: 'joinGroup',
    summary: 'A client joins the group: seated in a cohort with a free seat, or waitlisted.',
    description:
      'Seats are taken one at a time under a lock on the group, so a cohort of N never holds N + 1. ' +
      'A full cohort (or group) answers 409 unless waitlistIfFull is true; a client already in the group answers 409. ' +
      'A client id the client registry does not know answers 404, like a client out of reach. ' +
      'The crisis level in force may refuse the join (409 groups.refused-by-crisis-policy, naming the rule and the level): ' +
      'groups closed, the level’s group size reached, or a group only for the residents of a housing service; ' +
      'an individual exception for the client lifts all but the size.',
  })
  @ApiCreatedResponse({
    type: MembershipDto,
    description: 'The membership: `active` with its cohort, or `waitlisted`.',
  })
  @ApiProblemResponses(400, 404, 409)
  async join(
    @CurrentActor() actor: Actor,
    @UuidParam('groupId') groupId: string,
    @Body() body: JoinGroupRequestDto,
    @Res({ passthrough: true }) response: HeaderResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<MembershipDto> {
    const membership = await this.joinGroup.execute({ actor, groupId, ...body, breakGlassReason });
    response.setHeader('ETag', etagOf(membership.version));
    return MembershipDto.from(membership);
  }

  @Get()
  @Authorize(GroupsPolicies.manage)
  @breakGlassHeader
  @ApiOperation({
    operationId: 'listGroupMembers',
    summary: 'List the group’s members by join time.',
    description:
      'Only members you have a care relation to are listed (`withheld` counts the others), unless you send X-Break-Glass-Reason.',
  })
  @ApiOkResponse({ type: MemberPageDto })
  @ApiProblemResponses(400, 404)
  async list(
    @CurrentActor() actor: Actor,
    @UuidParam('groupId') groupId: string,
    @Query() query: ListMembersQueryDto,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<MemberPageDto> {
    return MemberPageDto.fromPage(
      await this.listMembers.execute({ actor, groupId, ...query, breakGlassReason }),
    );
  }

  @Get(':clientId')
  @Authorize(GroupsPolicies.manage)
  @breakGlassHeader
  @ApiOperation({
    operationId: 'getGroupMembership',
    summary: 'Read a client’s membership of the group (their latest, also when left).',
  })
  @ApiOkResponse({
    type: MembershipDto,
    description: 'The membership; the ETag header carries its version.',
  })
  @ApiProblemResponses(400, 404)
  async get(
    @CurrentActor() actor: Actor,
    @UuidParam('groupId') groupId: string,
    @UuidParam('clientId') clientId: string,
    @Res({ passthrough: true }) response: HeaderResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<MembershipDto> {
    const membership = await this.getMembership.execute({
      actor,
      groupId,
      clientId,
      breakGlassReason,
    });
    response.setHeader('ETag', etagOf(membership.version));
    return MembershipDto.from(membership);
  }

  @Delete(':clientId')
  @Authorize(GroupsPolicies.manage)
  @breakGlassHeader
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The ETag of the membership you read.',
    example: '"1"',
  })
  @ApiOperation({
    operationId: 'leaveGroup',
    summary: 'The client leaves the group; the first waiting member who fits takes the seat.',
  })
  @ApiOkResponse({ type: MembershipDto, description: 'The ended membership.' })
  @ApiProblemResponses(400, 404, 412, 428)
  async leave(
    @CurrentActor() actor: Actor,
    @UuidParam('groupId') groupId: string,
    @UuidParam('clientId') clientId: string,
    @IfMatchVersion() expectedVersion: number,
    @Res({ passthrough: true }) response: HeaderResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<MembershipDto> {
    const membership = await this.leaveGroup.execute({
      actor,
      groupId,
      clientId,
      expectedVersion,
      breakGlassReason,
    });
    response.setHeader('ETag', etagOf(membership.version));
    return MembershipDto.from(membership);
  }
}
