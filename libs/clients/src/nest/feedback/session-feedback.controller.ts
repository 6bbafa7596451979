import { Body, Controller, Get, Header, Post, UseFilters } from '@nestjs/common';
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
import { ExportFeedbackFhir } from '../../domain/feedback/export-feedback-fhir.use-case';
import { GetFeedbackTrend } from '../../domain/feedback/get-feedback-trend.use-case';
import { RecordSessionFeedback } from '../../domain/feedback/record-session-feedback.use-case';
import { ClientsErrorFilter } from '../clients-error.filter';
import { FOLLOW_UP_STAFF } from '../http/policies';
import { FhirFeedbackBundleDto } from './dto/feedback-fhir-bundle.response.dto';
import { RecordSessionFeedbackRequestDto } from './dto/record-session-feedback.request.dto';
import { FeedbackTrendDto, SessionFeedbackDto } from './dto/session-feedback.response.dto';

/** KOR/FIT client feedback (ORS/SRS) per session, and its trend. */
@ApiTags('clients: follow-up')
@Controller('v1/clients/:clientId/session-feedback')
@Authorize(FOLLOW_UP_STAFF)
@UseFilters(ClientsErrorFilter)
export class SessionFeedbackController {
  constructor(
    private readonly recordFeedback: RecordSessionFeedback,
    private readonly getTrend: GetFeedbackTrend,
    private readonly exportFhir: ExportFeedbackFhir,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    operationId: 'recordSessionFeedback',
    summary: 'Record the ORS and/or SRS of one session',
    description:
      'Linked to an attended encounter of the client; one form set per encounter (a second is 409 clients.feedback-exists). Each scale is 0–10 with one decimal.',
  })
  @ApiBreakGlassHeader()
  @ApiCreatedResponse({ type: SessionFeedbackDto })
  @ApiProblemResponses(400, 404, 409)
  async record(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Body() body: RecordSessionFeedbackRequestDto,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<SessionFeedbackDto> {
    const feedback = await this.recordFeedback.execute({
      actor,
      clientId,
      breakGlassReason,
      encounterId: body.encounterId,
      ors: body.ors,
      srs: body.srs,
    });
    return SessionFeedbackDto.from(feedback);
  }

  @Get()
  @ApiOperation({
    operationId: 'getFeedbackTrend',
    summary: 'The client’s KOR/FIT trend and alerts',
    description:
      'Every session with feedback, oldest first, with ORS and SRS totals; alerts when the latest ORS is under the clinical cut-off (25) or 5 or more below the first, or the latest SRS is under 36.',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: FeedbackTrendDto })
  @ApiProblemResponses(400, 404)
  async trend(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<FeedbackTrendDto> {
    return FeedbackTrendDto.from(
      await this.getTrend.execute({ actor, clientId, breakGlassReason }),
    );
  }

  @Get('fhir')
  @Header('Content-Type', 'application/fhir+json')
  @ApiOperation({
    operationId: 'exportSessionFeedbackFhir',
    summary: 'Export the client’s KOR/FIT forms as FHIR R4 QuestionnaireResponses (X-5)',
    description:
      'A Bundle (collection), one QuestionnaireResponse per session. Audited as an export.',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({
    type: FhirFeedbackBundleDto,
    description: 'The Bundle, as `application/fhir+json`.',
  })
  @ApiProblemResponses(400, 404)
  async fhir(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<FhirFeedbackBundleDto> {
    const bundle = await this.exportFhir.execute({ actor, clientId, breakGlassReason });
    return {
      ...bundle,
      entry: bundle.entry.map((entry) => ({
        fullUrl: entry.fullUrl,
        resource: { ...entry.resource, item: entry.resource.item.map((item) => ({ ...item })) },
      })),
    };
  }
}
