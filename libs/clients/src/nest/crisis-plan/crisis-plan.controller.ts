import { Body, Controller, Get, Post, Put, Res, UseFilters } from '@nestjs/common';
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
  UuidParam,
} from '@lavterskel/kernel/nest';
import { CreateCrisisPlan } from '../../domain/crisis-plan/create-crisis-plan.use-case';
import { GetCrisisPlan } from '../../domain/crisis-plan/get-crisis-plan.use-case';
import { UpdateCrisisPlan } from '../../domain/crisis-plan/update-crisis-plan.use-case';
import { ClientsErrorFilter } from '../clients-error.filter';
import { sendVersion, type HttpResponse } from '../http/http-response';
import { FOLLOW_UP_STAFF } from '../http/policies';
import { CrisisPlanRequestDto } from './dto/crisis-plan.request.dto';
import { CrisisPlanDto } from './dto/crisis-plan.response.dto';

/** CL-8: the client's personal crisis plan. */
@ApiTags('clients: follow-up')
@Controller('v1/clients/:clientId/crisis-plan')
@Authorize(FOLLOW_UP_STAFF)
@UseFilters(ClientsErrorFilter)
export class CrisisPlanController {
  constructor(
    private readonly createPlan: CreateCrisisPlan,
    private readonly getPlan: GetCrisisPlan,
    private readonly updatePlan: UpdateCrisisPlan,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    operationId: 'createClientCrisisPlan',
    summary: 'Make the client’s crisis plan',
    description: 'A client has one plan; a second is a 409 (update it instead).',
  })
  @ApiBreakGlassHeader()
  @ApiCreatedResponse({ type: CrisisPlanDto, description: 'Made; `ETag` is its version.' })
  @ApiProblemResponses(400, 404, 409)
  async create(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Body() body: CrisisPlanRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<CrisisPlanDto> {
    const plan = await this.createPlan.execute({
      actor,
      clientId,
      breakGlassReason,
      ...body.content(),
    });
    sendVersion(response, plan.version);
    return CrisisPlanDto.from(plan);
  }

  @Get()
  @ApiOperation({
    operationId: 'getClientCrisisPlan',
    summary: 'Read the client’s crisis plan',
    description: '404 when no plan is made yet.',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: CrisisPlanDto, description: 'The plan; `ETag` is its version.' })
  @ApiProblemResponses(400, 404)
  async read(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<CrisisPlanDto> {
    const plan = await this.getPlan.execute({ actor, clientId, breakGlassReason });
    sendVersion(response, plan.version);
    return CrisisPlanDto.from(plan);
  }

  @Put()
  @ApiOperation({
    operationId: 'replaceClientCrisisPlan',
    summary: 'Replace the client’s crisis plan',
  })
  @ApiBreakGlassHeader()
  @ApiIfMatch()
  @ApiOkResponse({ type: CrisisPlanDto, description: 'The new plan; `ETag` is its version.' })
  @ApiProblemResponses(400, 404)
  async replace(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: CrisisPlanRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<CrisisPlanDto> {
    const plan = await this.updatePlan.execute({
      actor,
      clientId,
      breakGlassReason,
      expectedVersion,
      ...body.content(),
    });
    sendVersion(response, plan.version);
    return CrisisPlanDto.from(plan);
  }
}
