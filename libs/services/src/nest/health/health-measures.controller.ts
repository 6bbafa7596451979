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
  PageQueryDto,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { ListClientHealthMeasures } from '../../domain/health/list-client-health-measures.use-case';
import { RecordHealthMeasure } from '../../domain/health/record-health-measure.use-case';
import { ServicesErrorFilter } from '../services-error.filter';
import { pageBody } from '../shared/page';
import { ServicesPolicies } from '../shared/policies';
import { optionalDate } from '../shared/timestamps';
import {
  HealthMeasureDto,
  HealthMeasurePageDto,
  RecordHealthMeasureRequestDto,
} from './dto/health-measure.dto';

/** Tests and vaccinations given at a service (SV-8). */
@ApiTags('health-measures')
@Controller('v1/services')
@UseFilters(ServicesErrorFilter)
export class HealthMeasuresController {
  constructor(
    private readonly recordHealthMeasure: RecordHealthMeasure,
    private readonly listClientHealthMeasures: ListClientHealthMeasures,
  ) {}

  @Post(':serviceId/health-measures')
  @Authorize(ServicesPolicies.careWork)
  @Idempotent()
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'recordHealthMeasure',
    summary: 'Record a test or a vaccination given at the service.',
    description:
      'Refused (409 services.refused-by-crisis-policy, naming the rule and the level) when the crisis level in force allows the measure only for other requesters, unless the client has an individual exception.',
  })
  @ApiCreatedResponse({ type: HealthMeasureDto })
  @ApiProblemResponses(400, 404, 409)
  async record(
    @CurrentActor() actor: Actor,
    @UuidParam('serviceId') serviceId: string,
    @Body() body: RecordHealthMeasureRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<HealthMeasureDto> {
    const measure = await this.recordHealthMeasure.execute({
      actor,
      serviceId,
      clientId: body.clientId,
      kind: body.kind,
      code: body.code,
      result: body.result ?? null,
      requestedBy: body.requestedBy ?? null,
      performedAt: optionalDate(body.performedAt),
      breakGlassReason,
    });
    return HealthMeasureDto.from(measure);
  }

  @Get('clients/:clientId/health-measures')
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'listClientHealthMeasures',
    summary: 'A client’s tests and vaccinations, newest first (need-to-know).',
  })
  @ApiOkResponse({ type: HealthMeasurePageDto })
  @ApiProblemResponses(400, 404)
  async list(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Query() query: PageQueryDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<HealthMeasurePageDto> {
    return pageBody(
      await this.listClientHealthMeasures.execute({
        actor,
        clientId,
        breakGlassReason,
        page: query,
      }),
      HealthMeasureDto.from,
    );
  }
}
