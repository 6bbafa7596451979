import { Body, Controller, Get, Header, Post, Put, Query, Res, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiBreakGlassHeader,
  ApiIfMatch,
  ApiProblemResponses,
  Authorize,
  BreakGlassReason,
  CurrentActor,
  Idempotent,
  IfMatchVersion,
  PageQueryDto,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { CreateIndividualPlan } from '../../domain/individual-plan/create-individual-plan.use-case';
import { EvaluateIndividualPlan } from '../../domain/individual-plan/evaluate-individual-plan.use-case';
import { ExportIndividualPlanFhir } from '../../domain/individual-plan/export-individual-plan-fhir.use-case';
import { GetIndividualPlan } from '../../domain/individual-plan/get-individual-plan.use-case';
import { ListPlanVersions } from '../../domain/individual-plan/list-plan-versions.use-case';
import { UpdateIndividualPlan } from '../../domain/individual-plan/update-individual-plan.use-case';
import { ClientsErrorFilter } from '../clients-error.filter';
import { sendVersion, type HttpResponse } from '../http/http-response';
import { FOLLOW_UP_STAFF } from '../http/policies';
import { FhirIndividualPlanBundleDto } from './dto/individual-plan-fhir.response.dto';
import {
  CreateIndividualPlanRequestDto,
  EvaluatePlanRequestDto,
  IndividualPlanRequestDto,
} from './dto/individual-plan.request.dto';
import {
  IndividualPlanDto,
  PlanVersionDto,
  PlanVersionPageDto,
} from './dto/individual-plan.response.dto';

/** IP (helse- og omsorgstjenesteloven § 7-1): the client's individual plan, every version kept. */
@ApiTags('clients: follow-up')
@Controller('v1/clients/:clientId/individual-plan')
@Authorize(FOLLOW_UP_STAFF)
@UseFilters(ClientsErrorFilter)
export class IndividualPlanController {
  constructor(
    private readonly createPlan: CreateIndividualPlan,
    private readonly getPlan: GetIndividualPlan,
    private readonly updatePlan: UpdateIndividualPlan,
    private readonly evaluatePlan: EvaluateIndividualPlan,
    private readonly listVersions: ListPlanVersions,
    private readonly exportFhir: ExportIndividualPlanFhir,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    operationId: 'createIndividualPlan',
    summary: 'Make the client’s individual plan',
    description:
      'One plan per client (a second is 409 clients.individual-plan-exists). Goals in the client’s own words, measures with the responsible service or partner; `active` needs the client’s consent.',
  })
  @ApiBreakGlassHeader()
  @ApiCreatedResponse({ type: IndividualPlanDto, description: 'Made; `ETag` is its version.' })
  @ApiProblemResponses(400, 404, 409)
  async create(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Body() body: CreateIndividualPlanRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<IndividualPlanDto> {
    const plan = await this.createPlan.execute({
      actor,
      clientId,
      breakGlassReason,
      ...body.entry(),
    });
    sendVersion(response, plan.version);
    return IndividualPlanDto.from(plan);
  }

  @Get()
  @ApiOperation({
    operationId: 'getIndividualPlan',
    summary: 'Read the client’s individual plan',
    description: '404 when none is made yet.',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: IndividualPlanDto, description: 'The plan; `ETag` is its version.' })
  @ApiProblemResponses(400, 404)
  async read(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<IndividualPlanDto> {
    const plan = await this.getPlan.execute({ actor, clientId, breakGlassReason });
    sendVersion(response, plan.version);
    return IndividualPlanDto.from(plan);
  }

  @Put()
  @ApiOperation({
    operationId: 'replaceIndividualPlan',
    summary: 'Replace the client’s individual plan',
    description:
      'Existing goals and measures are named by id, new ones have none; the earlier version is kept.',
  })
  @ApiBreakGlassHeader()
  @ApiIfMatch()
  @ApiOkResponse({ type: IndividualPlanDto, description: 'The new plan; `ETag` is its version.' })
  @ApiProblemResponses(400, 404, 412, 428)
  async replace(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: IndividualPlanRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<IndividualPlanDto> {
    const plan = await this.updatePlan.execute({
      actor,
      clientId,
      breakGlassReason,
      expectedVersion,
      ...body.entry(),
    });
    sendVersion(response, plan.version);
    return IndividualPlanDto.from(plan);
  }

  @Post('evaluations')
  @Idempotent()
  @ApiOperation({
    operationId: 'evaluateIndividualPlan',
    summary: 'Record an evaluation of the plan with the client',
    description: 'Append-only; optionally sets the next review date. A new version is kept.',
  })
  @ApiBreakGlassHeader()
  @ApiCreatedResponse({
    type: IndividualPlanDto,
    description: 'The plan with the evaluation; `ETag` is its version.',
  })
  @ApiProblemResponses(400, 404)
  async evaluate(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Body() body: EvaluatePlanRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<IndividualPlanDto> {
    const plan = await this.evaluatePlan.execute({ actor, clientId, breakGlassReason, ...body });
    sendVersion(response, plan.version);
    return IndividualPlanDto.from(plan);
  }

  @Get('versions')
  @ApiOperation({
    operationId: 'listIndividualPlanVersions',
    summary: 'Every kept version of the plan, newest first',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: PlanVersionPageDto })
  @ApiProblemResponses(400, 404)
  async versions(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Query() query: PageQueryDto,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<PlanVersionPageDto> {
    const page = await this.listVersions.execute({
      actor,
      clientId,
      breakGlassReason,
      page: query,
    });
    return { items: page.items.map(PlanVersionDto.from), nextCursor: page.nextCursor };
  }

  @Get('fhir')
  @Header('Content-Type', 'application/fhir+json')
  @ApiOperation({
    operationId: 'exportIndividualPlanFhir',
    summary: 'Export the individual plan as FHIR R4 CarePlan + Goal (X-5)',
    description:
      'A Bundle (collection): the CarePlan (one activity per measure), then a Goal per goal. Audited as an export.',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({
    type: FhirIndividualPlanBundleDto,
    description: 'The Bundle, as `application/fhir+json`.',
  })
  @ApiProblemResponses(400, 404)
  async fhir(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<FhirIndividualPlanBundleDto> {
    const bundle = await this.exportFhir.execute({ actor, clientId, breakGlassReason });
    return {
      ...bundle,
      entry: bundle.entry.map((entry) => ({
        fullUrl: entry.fullUrl,
        resource: { ...entry.resource },
      })),
    };
  }
}
