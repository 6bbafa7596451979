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
} from '@lavterskel/kernel/nest';
import { DistributionTotals } from '../../domain/distribution/distribution-totals.use-case';
import { ListClientDistributions } from '../../domain/distribution/list-client-distributions.use-case';
import { RecordDistribution } from '../../domain/distribution/record-distribution.use-case';
import { ServicesErrorFilter } from '../services-error.filter';
import { pageBody } from '../shared/page';
import { ServicesPolicies } from '../shared/policies';
import { optionalDate } from '../shared/timestamps';
import {
  ClientDistributionsQueryDto,
  DistributionRecordDto,
  DistributionRecordPageDto,
  DistributionRecordsDto,
  DistributionTotalDto,
  DistributionTotalsDto,
  DistributionTotalsQueryDto,
  RecordDistributionRequestDto,
} from './dto/distribution.dto';

/** Harm-reduction and welfare distribution (SV-5): equipment, naloxone, wound care, food, clothing. */
@ApiTags('distribution')
@Controller('v1/distribution')
@UseFilters(ServicesErrorFilter)
export class DistributionController {
  constructor(
    private readonly recordDistribution: RecordDistribution,
    private readonly listClientDistributions: ListClientDistributions,
    private readonly distributionTotals: DistributionTotals,
  ) {}

  @Post('records')
  @Authorize(ServicesPolicies.careWork)
  @Idempotent()
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'recordDistribution',
    summary:
      'Record what was handed out in one encounter, to a client or anonymously (one record per item, all or nothing).',
  })
  @ApiCreatedResponse({ type: DistributionRecordsDto })
  @ApiProblemResponses(400, 404, 422)
  async record(
    @CurrentActor() actor: Actor,
    @Body() body: RecordDistributionRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<DistributionRecordsDto> {
    const records = await this.recordDistribution.execute({
      actor,
      serviceId: body.serviceId,
      clientId: body.clientId,
      setting: body.setting,
      partnerId: body.partnerId,
      givenAt: optionalDate(body.givenAt),
      items: body.items.map(({ item, quantity }) => ({ item, quantity })),
      breakGlassReason,
    });
    return { records: records.map(DistributionRecordDto.from) };
  }

  @Get('records')
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'listDistributions',
    summary: 'What a client has been given, newest first (need-to-know).',
  })
  @ApiOkResponse({ type: DistributionRecordPageDto })
  @ApiProblemResponses(400, 404)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ClientDistributionsQueryDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<DistributionRecordPageDto> {
    const { clientId, ...page } = query;
    return pageBody(
      await this.listClientDistributions.execute({ actor, clientId, breakGlassReason, page }),
      DistributionRecordDto.from,
    );
  }

  @Get('totals')
  @Authorize(ServicesPolicies.reports)
  @ApiOperation({
    operationId: 'getDistributionTotals',
    summary: 'Totals per ISO week, item and setting (counts only, no personal data).',
  })
  @ApiOkResponse({ type: DistributionTotalsDto })
  @ApiProblemResponses(400)
  async totals(
    @CurrentActor() actor: Actor,
    @Query() query: DistributionTotalsQueryDto,
  ): Promise<DistributionTotalsDto> {
    return {
      totals: (await this.distributionTotals.execute({ actor, ...query })).map(
        DistributionTotalDto.from,
      ),
    };
  }
}
