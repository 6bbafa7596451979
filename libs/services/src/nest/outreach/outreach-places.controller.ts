import { Body, Controller, Get, Post, Query, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiProblemResponses,
  Authorize,
  CurrentActor,
  Idempotent,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { CreateOutreachPlace } from '../../domain/outreach/create-outreach-place.use-case';
import { ListOutreachPlaces } from '../../domain/outreach/list-outreach-places.use-case';
import { ListPlaceVisits } from '../../domain/outreach/list-place-visits.use-case';
import { ServicesErrorFilter } from '../services-error.filter';
import { pageBody } from '../shared/page';
import { ServicesPolicies } from '../shared/policies';
import {
  CreateOutreachPlaceRequestDto,
  ListOutreachPlacesQueryDto,
  OutreachPlaceDto,
  OutreachPlacePageDto,
  PlaceVisitDto,
  PlaceVisitsDto,
  PlaceVisitsQueryDto,
} from './dto/outreach-place.dto';

/** Fixed outreach places at fixed weekly times (SV-6). */
@ApiTags('outreach')
@Controller('v1/outreach/places')
@UseFilters(ServicesErrorFilter)
export class OutreachPlacesController {
  constructor(
    private readonly createOutreachPlace: CreateOutreachPlace,
    private readonly listOutreachPlaces: ListOutreachPlaces,
    private readonly listPlaceVisits: ListPlaceVisits,
  ) {}

  @Post()
  @Authorize(ServicesPolicies.manage)
  @Idempotent()
  @ApiOperation({
    operationId: 'createOutreachPlace',
    summary: 'Set up a fixed place the team visits at fixed weekly times.',
  })
  @ApiCreatedResponse({ type: OutreachPlaceDto })
  @ApiProblemResponses(400, 422)
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateOutreachPlaceRequestDto,
  ): Promise<OutreachPlaceDto> {
    const place = await this.createOutreachPlace.execute({
      actor,
      serviceId: body.serviceId,
      name: body.name,
      description: body.description ?? null,
      schedule: body.schedule.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
      activeFrom: body.activeFrom,
      activeTo: body.activeTo ?? null,
    });
    return OutreachPlaceDto.from(place);
  }

  @Get()
  @Authorize(ServicesPolicies.readCatalogue)
  @ApiOperation({
    operationId: 'listOutreachPlaces',
    summary: 'List the fixed places by name, optionally one service’s.',
  })
  @ApiOkResponse({ type: OutreachPlacePageDto })
  @ApiProblemResponses(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListOutreachPlacesQueryDto,
  ): Promise<OutreachPlacePageDto> {
    return pageBody(
      await this.listOutreachPlaces.execute({ actor, ...query }),
      OutreachPlaceDto.from,
    );
  }

  @Get(':placeId/visits')
  @Authorize(ServicesPolicies.readCatalogue)
  @ApiOperation({
    operationId: 'listOutreachPlaceVisits',
    summary: 'When the team is at the place between two days.',
  })
  @ApiOkResponse({ type: PlaceVisitsDto })
  @ApiProblemResponses(400, 404)
  async visits(
    @CurrentActor() actor: Actor,
    @UuidParam('placeId') placeId: string,
    @Query() query: PlaceVisitsQueryDto,
  ): Promise<PlaceVisitsDto> {
    return {
      visits: (await this.listPlaceVisits.execute({ actor, placeId, ...query })).map(
        PlaceVisitDto.from,
      ),
    };
  }
}
