import { Body, Controller, Get, Header, Post, UseFilters } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiProblemResponses,
  Authorize,
  BREAK_GLASS_HEADER,
  BreakGlassReason,
  CurrentActor,
  Idempotent,
  UuidParam,
} from '@lavterskel/kernel/nest';
import type { FhirGroup } from '../domain/cohort-fhir';
import { CreateCohortUseCase } from '../domain/create-cohort.use-case';
import { ExportCohortUseCase } from '../domain/export-cohort.use-case';
import { CohortDto } from './dto/cohort.response.dto';
import { CreateCohortRequestDto } from './dto/create-cohort.request.dto';
import { FhirGroupDto } from './dto/fhir-group.response.dto';
import { GroupsErrorFilter } from './groups-error.filter';
import { GroupsPolicies } from './policies';

/** GR-3: cohorts of a group, and their FHIR export. */
@ApiTags('groups')
@Controller('v1/groups/:groupId/cohorts')
@UseFilters(GroupsErrorFilter)
export class CohortsController {
  constructor(
    private readonly createCohort: CreateCohortUseCase,
    private readonly exportCohort: ExportCohortUseCase,
  ) {}

  @Post()
  @Authorize(GroupsPolicies.manage)
  @Idempotent()
  @ApiOperation({
    operationId: 'createCohort',
    summary: 'Open a cohort in one of the group’s slots.',
    description:
      'The slot must be in the schedule and have room for another cohort; waiting members take its seats at once.',
  })
  @ApiCreatedResponse({ type: CohortDto })
  @ApiProblemResponses(400, 404, 409)
  async create(
    @CurrentActor() actor: Actor,
    @UuidParam('groupId') groupId: string,
    @Body() body: CreateCohortRequestDto,
  ): Promise<CohortDto> {
    return CohortDto.from(
      await this.createCohort.execute({ actor, groupId, slot: body.slot, maxSize: body.maxSize }),
    );
  }

  @Get(':cohortId/fhir')
  @Authorize(GroupsPolicies.read)
  @Header('Content-Type', 'application/fhir+json; charset=utf-8')
  @ApiOperation({
    operationId: 'exportCohortFhir',
    summary: 'Export a cohort as a FHIR R4 Group.',
    description:
      'Members are Patient references; only those you have a care relation to are listed, unless you send X-Break-Glass-Reason.',
  })
  @ApiProduces('application/fhir+json')
  @ApiHeader({
    name: BREAK_GLASS_HEADER,
    required: false,
    description: 'A written reason to list members outside your care relations (audited).',
  })
  @ApiOkResponse({ type: FhirGroupDto })
  @ApiProblemResponses(400, 404)
  export(
    @CurrentActor() actor: Actor,
    @UuidParam('groupId') groupId: string,
    @UuidParam('cohortId') cohortId: string,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<FhirGroup> {
    return this.exportCohort.execute({ actor, groupId, cohortId, breakGlassReason });
  }
}
