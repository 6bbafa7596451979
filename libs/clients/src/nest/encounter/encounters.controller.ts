import { Body, Controller, Get, Post, Query, UseFilters } from '@nestjs/common';
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
import { ListEncounters } from '../../domain/encounter/list-encounters.use-case';
import { RecordEncounter } from '../../domain/encounter/record-encounter.use-case';
import { ClientsErrorFilter } from '../clients-error.filter';
import { FOLLOW_UP_STAFF } from '../http/policies';
import { EncounterDto, EncounterPageDto } from './dto/encounter.response.dto';
import { ListEncountersQueryDto } from './dto/list-encounters.query.dto';
import { RecordEncounterRequestDto } from './dto/record-encounter.request.dto';

/** CL-5: a client's contact log. */
@ApiTags('clients: follow-up')
@Controller('v1/clients/:clientId/encounters')
@Authorize(FOLLOW_UP_STAFF)
@UseFilters(ClientsErrorFilter)
export class EncountersController {
  constructor(
    private readonly recordEncounter: RecordEncounter,
    private readonly listEncounters: ListEncounters,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    operationId: 'recordEncounter',
    summary: 'Log an encounter, a no-show or a cancellation',
    description:
      'An attended encounter has a duration; a missed one has none. Linked to a vedtak, its minutes count as hours used (CL-7). ' +
      'The crisis level in force may refuse an encounter (not a cancellation) on a channel it does not allow, e.g. an office appointment while the service runs remote: ' +
      '409 clients.refused-by-crisis-policy, naming the rule and the level, unless the client has an individual exception.',
  })
  @ApiBreakGlassHeader()
  @ApiCreatedResponse({ type: EncounterDto })
  @ApiProblemResponses(400, 404, 409)
  async record(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Body() body: RecordEncounterRequestDto,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<EncounterDto> {
    const encounter = await this.recordEncounter.execute({
      actor,
      clientId,
      breakGlassReason,
      ...body.entry(),
    });
    return EncounterDto.from(encounter);
  }

  @Get()
  @ApiOperation({ operationId: 'listEncounters', summary: 'A client’s contact log, newest first' })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: EncounterPageDto })
  @ApiProblemResponses(400, 404)
  async list(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Query() query: ListEncountersQueryDto,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<EncounterPageDto> {
    const page = await this.listEncounters.execute({
      actor,
      clientId,
      breakGlassReason,
      from: query.from,
      to: query.to,
      page: query,
    });
    return { items: page.items.map(EncounterDto.from), nextCursor: page.nextCursor };
  }
}
