import { Body, Controller, Get, Post, Query, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiProblemResponses,
  Authorize,
  CurrentActor,
  Idempotent,
  PageQueryDto,
} from '@lavterskel/kernel/nest';
import { CreateTeam } from '../../domain/catalogue/create-team.use-case';
import { ListTeams } from '../../domain/catalogue/list-teams.use-case';
import { ServicesErrorFilter } from '../services-error.filter';
import { pageBody } from '../shared/page';
import { ServicesPolicies } from '../shared/policies';
import { CreateTeamRequestDto, TeamDto, TeamPageDto } from './dto/team.dto';

/** The municipality's teams; their ids are what tokens carry in `teams`. */
@ApiTags('staff')
@Controller('v1/staff/teams')
@UseFilters(ServicesErrorFilter)
export class TeamsController {
  constructor(
    private readonly createTeam: CreateTeam,
    private readonly listTeams: ListTeams,
  ) {}

  @Post()
  @Authorize(ServicesPolicies.manage)
  @Idempotent()
  @ApiOperation({ operationId: 'createTeam', summary: 'Add a team.' })
  @ApiCreatedResponse({ type: TeamDto })
  @ApiProblemResponses(400, 409)
  async create(@CurrentActor() actor: Actor, @Body() body: CreateTeamRequestDto): Promise<TeamDto> {
    return TeamDto.from(await this.createTeam.execute({ actor, name: body.name }));
  }

  @Get()
  @Authorize(ServicesPolicies.readCatalogue)
  @ApiOperation({ operationId: 'listTeams', summary: 'List the teams by name.' })
  @ApiOkResponse({ type: TeamPageDto })
  @ApiProblemResponses(400)
  async list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<TeamPageDto> {
    return pageBody(await this.listTeams.execute({ actor, page: query }), TeamDto.from);
  }
}
