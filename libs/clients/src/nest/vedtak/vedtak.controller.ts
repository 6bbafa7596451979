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
import { GetVedtakUsage } from '../../domain/vedtak/get-vedtak-usage.use-case';
import { ListVedtak } from '../../domain/vedtak/list-vedtak.use-case';
import { RecordVedtak } from '../../domain/vedtak/record-vedtak.use-case';
import { ClientsErrorFilter } from '../clients-error.filter';
import { FOLLOW_UP_STAFF } from '../http/policies';
import { RecordVedtakRequestDto } from './dto/record-vedtak.request.dto';
import { VedtakUsageQueryDto } from './dto/vedtak-usage.query.dto';
import { VedtakUsageDto } from './dto/vedtak-usage.response.dto';
import { VedtakDto, VedtakPageDto } from './dto/vedtak.response.dto';

/** CL-7: vedtak and hours used vs granted. */
@ApiTags('clients: follow-up')
@Controller('v1/clients/:clientId/vedtak')
@Authorize(FOLLOW_UP_STAFF)
@UseFilters(ClientsErrorFilter)
export class VedtakController {
  constructor(
    private readonly recordVedtak: RecordVedtak,
    private readonly listVedtak: ListVedtak,
    private readonly getUsage: GetVedtakUsage,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    operationId: 'recordVedtak',
    summary: 'Record a vedtak',
    description: 'A change of hours or validity is a new vedtak.',
  })
  @ApiBreakGlassHeader()
  @ApiCreatedResponse({ type: VedtakDto })
  @ApiProblemResponses(400, 404)
  async record(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Body() body: RecordVedtakRequestDto,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<VedtakDto> {
    return VedtakDto.from(
      await this.recordVedtak.execute({ actor, clientId, breakGlassReason, ...body.terms() }),
    );
  }

  @Get()
  @ApiOperation({ operationId: 'listVedtak', summary: 'A client’s vedtak, latest first' })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: VedtakPageDto })
  @ApiProblemResponses(400, 404)
  async list(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Query() query: PageQueryDto,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<VedtakPageDto> {
    const page = await this.listVedtak.execute({ actor, clientId, breakGlassReason, page: query });
    return { items: page.items.map(VedtakDto.from), nextCursor: page.nextCursor };
  }

  @Get(':vedtakId/usage')
  @ApiOperation({
    operationId: 'getVedtakUsage',
    summary: 'Hours used vs granted under a vedtak, week by week',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: VedtakUsageDto })
  @ApiProblemResponses(400, 404)
  async usage(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @UuidParam('vedtakId') vedtakId: string,
    @Query() query: VedtakUsageQueryDto,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<VedtakUsageDto> {
    return VedtakUsageDto.from(
      await this.getUsage.execute({
        actor,
        clientId,
        breakGlassReason,
        vedtakId,
        from: query.from,
        to: query.to,
      }),
    );
  }
}
