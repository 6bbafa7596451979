import { Body, Controller, Get, Post, Put, Query, Res, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { etagOf, type Actor } from '@lavterskel/kernel';
import {
  ApiIfMatch,
  ApiProblemResponses,
  Authorize,
  CurrentActor,
  Idempotent,
  IfMatchVersion,
  PageQueryDto,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { CreatePlanFromTemplate } from '../../domain/plan/create-plan-from-template.use-case';
import { CreatePlan } from '../../domain/plan/create-plan.use-case';
import { GetPlan } from '../../domain/plan/get-plan.use-case';
import { ListPlanVersions } from '../../domain/plan/list-plan-versions.use-case';
import { ListPlans } from '../../domain/plan/list-plans.use-case';
import { RevisePlan } from '../../domain/plan/revise-plan.use-case';
import { CrisisModeErrorFilter } from '../crisis-mode-error.filter';
import { CrisisPolicies } from '../crisis-policies';
import type { HeaderResponse } from '../header-response';
import { MunicipalCrisisPlanRequestDto } from './crisis-plan.dto';
import { MunicipalCrisisPlanDto, MunicipalCrisisPlanPageDto } from './crisis-plan.response.dto';
import { SkienTemplateRequestDto } from './skien-template.request.dto';
import { TemplatePlanDto } from './template-plan.response.dto';

/** CR-1: crisis plans prepared in advance, versioned. */
@ApiTags('crisis-mode')
@Controller('v1/crisis/plans')
@UseFilters(CrisisModeErrorFilter)
export class CrisisPlansController {
  constructor(
    private readonly createPlan: CreatePlan,
    private readonly revisePlan: RevisePlan,
    private readonly getPlan: GetPlan,
    private readonly listPlans: ListPlans,
    private readonly listVersions: ListPlanVersions,
    private readonly fromTemplate: CreatePlanFromTemplate,
  ) {}

  @Post('templates/skien-2020')
  @Authorize(CrisisPolicies.coordinate)
  @Idempotent()
  @ApiOperation({
    operationId: 'createSkien2020Plan',
    summary: 'Create a ready plan modelled on Skien MMO-senter RUS, 16 April 2020',
    description:
      'Levels normal, yellow and red. Red: LAR through the hatch with one person in the premises; Feltpleien for necessary treatment only; follow-up mainly by phone; activity groups outdoors with at most 5; Opp & Jobb and Miljøpatruljen at most 5 in two batches a day; Rusfritt Hus groups for residents only; aftercare groups at most 5; UNG pluss prioritised; UNG-prosjektet closed for groups; urine tests only for child welfare, UNG pluss or a driving-licence requirement. Map each template service to one of yours.',
  })
  @ApiCreatedResponse({ type: TemplatePlanDto })
  @ApiProblemResponses(400, 403)
  async template(
    @CurrentActor() actor: Actor,
    @Body() body: SkienTemplateRequestDto,
  ): Promise<TemplatePlanDto> {
    const { plan, unmapped } = await this.fromTemplate.execute({
      actor,
      name: body.name,
      services: { ...body.services },
    });
    return { plan: MunicipalCrisisPlanDto.from(plan), unmapped };
  }

  @Post()
  @Authorize(CrisisPolicies.coordinate)
  @Idempotent()
  @ApiOperation({ operationId: 'createCrisisPlan', summary: 'Prepare a crisis plan (version 1)' })
  @ApiCreatedResponse({
    type: MunicipalCrisisPlanDto,
    description: 'The plan; ETag carries its version.',
  })
  @ApiProblemResponses(400, 403)
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: MunicipalCrisisPlanRequestDto,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<MunicipalCrisisPlanDto> {
    const plan = await this.createPlan.execute({ actor, content: body.toDomain() });
    response.setHeader('ETag', etagOf(plan.version));
    return MunicipalCrisisPlanDto.from(plan);
  }

  @Get()
  @Authorize(CrisisPolicies.read)
  @ApiOperation({ operationId: 'listCrisisPlans', summary: 'The newest version of each plan' })
  @ApiOkResponse({ type: MunicipalCrisisPlanPageDto })
  @ApiProblemResponses(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: PageQueryDto,
  ): Promise<MunicipalCrisisPlanPageDto> {
    const page = await this.listPlans.execute({ actor, page: query });
    return { items: page.items.map(MunicipalCrisisPlanDto.from), nextCursor: page.nextCursor };
  }

  @Get(':planId')
  @Authorize(CrisisPolicies.read)
  @ApiOperation({
    operationId: 'getCrisisPlan',
    summary: 'A plan’s newest version; the ETag is its version',
  })
  @ApiOkResponse({ type: MunicipalCrisisPlanDto })
  @ApiProblemResponses(400, 404)
  async get(
    @CurrentActor() actor: Actor,
    @UuidParam('planId') planId: string,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<MunicipalCrisisPlanDto> {
    const plan = await this.getPlan.execute({ actor, planId });
    response.setHeader('ETag', etagOf(plan.version));
    return MunicipalCrisisPlanDto.from(plan);
  }

  @Get(':planId/versions')
  @Authorize(CrisisPolicies.read)
  @ApiOperation({
    operationId: 'listCrisisPlanVersions',
    summary: 'Every version of a plan, oldest first',
  })
  @ApiOkResponse({ type: [MunicipalCrisisPlanDto] })
  @ApiProblemResponses(400, 404)
  async versions(
    @CurrentActor() actor: Actor,
    @UuidParam('planId') planId: string,
  ): Promise<MunicipalCrisisPlanDto[]> {
    return (await this.listVersions.execute({ actor, planId })).map(MunicipalCrisisPlanDto.from);
  }

  @Put(':planId')
  @Authorize(CrisisPolicies.coordinate)
  @ApiIfMatch()
  @ApiOperation({
    operationId: 'reviseCrisisPlan',
    summary: 'Edit a plan: makes a new version (If-Match: the version read)',
    description: 'A level in force keeps the version it was activated with.',
  })
  @ApiOkResponse({ type: MunicipalCrisisPlanDto })
  @ApiProblemResponses(400, 403, 404, 412, 428)
  async revise(
    @CurrentActor() actor: Actor,
    @UuidParam('planId') planId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: MunicipalCrisisPlanRequestDto,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<MunicipalCrisisPlanDto> {
    const plan = await this.revisePlan.execute({
      actor,
      planId,
      expectedVersion,
      content: body.toDomain(),
    });
    response.setHeader('ETag', etagOf(plan.version));
    return MunicipalCrisisPlanDto.from(plan);
  }
}
