import { Body, Controller, Get, Patch, Post, Query, Res, UseFilters } from '@nestjs/common';
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
  CurrentActor,
  Idempotent,
  IfMatchVersion,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { CreateGroupUseCase } from '../domain/create-group.use-case';
import { GetGroupUseCase } from '../domain/get-group.use-case';
import { ListGroupsUseCase } from '../domain/list-groups.use-case';
import { UpdateGroupUseCase } from '../domain/update-group.use-case';
import { CreateGroupRequestDto } from './dto/create-group.request.dto';
import { GroupDetailsDto, GroupDto, GroupPageDto } from './dto/group.response.dto';
import { ListGroupsQueryDto } from './dto/list-groups.query.dto';
import { UpdateGroupRequestDto } from './dto/update-group.request.dto';
import { GroupsErrorFilter } from './groups-error.filter';
import { GroupsPolicies } from './policies';

interface HeaderResponse {
  setHeader(name: string, value: string): void;
}

/** GR-1: group activities of the caller's municipality. */
@ApiTags('groups')
@Controller('v1/groups')
@UseFilters(GroupsErrorFilter)
export class GroupsController {
  constructor(
    private readonly createGroup: CreateGroupUseCase,
    private readonly listGroups: ListGroupsUseCase,
    private readonly getGroup: GetGroupUseCase,
    private readonly updateGroup: UpdateGroupUseCase,
  ) {}

  @Post()
  @Authorize(GroupsPolicies.manage)
  @Idempotent()
  @ApiOperation({
    operationId: 'createGroup',
    summary: 'Create a group activity of a service, with its weekly schedule and capacity.',
  })
  @ApiCreatedResponse({ type: GroupDto, description: 'The group; its ETag is in the ETag header.' })
  @ApiProblemResponses(400)
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateGroupRequestDto,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<GroupDto> {
    const group = await this.createGroup.execute({ actor, ...body });
    response.setHeader('ETag', etagOf(group.version));
    response.setHeader('Location', `/v1/groups/${group.id}`);
    return GroupDto.from(group);
  }

  @Get()
  @Authorize(GroupsPolicies.read)
  @ApiOperation({ operationId: 'listGroups', summary: 'List the municipality’s groups by name.' })
  @ApiOkResponse({ type: GroupPageDto })
  @ApiProblemResponses(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListGroupsQueryDto,
  ): Promise<GroupPageDto> {
    const page = await this.listGroups.execute({ actor, ...query });
    return { items: page.items.map(GroupDto.from), nextCursor: page.nextCursor };
  }

  @Get(':groupId')
  @Authorize(GroupsPolicies.read)
  @ApiOperation({
    operationId: 'getGroup',
    summary: 'Read a group with its cohorts and head counts.',
  })
  @ApiOkResponse({
    type: GroupDetailsDto,
    description: 'The group; the ETag header carries its version.',
  })
  @ApiProblemResponses(400, 404)
  async get(
    @CurrentActor() actor: Actor,
    @UuidParam('groupId') groupId: string,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<GroupDetailsDto> {
    const overview = await this.getGroup.execute({ actor, groupId });
    response.setHeader('ETag', etagOf(overview.group.version));
    return GroupDetailsDto.fromOverview(overview);
  }

  @Patch(':groupId')
  @Authorize(GroupsPolicies.manage)
  @ApiOperation({
    operationId: 'updateGroup',
    summary: 'Change a group’s name, location kind, capacity or schedule.',
    description:
      'Slots where cohorts meet must stay; capacity never drops below the active members. Seats freed go to the waitlist.',
  })
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The ETag of the version you read.',
    example: '"1"',
  })
  @ApiOkResponse({ type: GroupDto })
  @ApiProblemResponses(400, 404, 409, 412, 428)
  async update(
    @CurrentActor() actor: Actor,
    @UuidParam('groupId') groupId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: UpdateGroupRequestDto,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<GroupDto> {
    const group = await this.updateGroup.execute({ actor, groupId, expectedVersion, edit: body });
    response.setHeader('ETag', etagOf(group.version));
    return GroupDto.from(group);
  }
}
