import { Controller, Get, Query, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import { ApiProblemResponses, Authorize, CurrentActor } from '@lavterskel/kernel/nest';
import { GetServiceFeedbackSummary } from '../../domain/feedback/get-service-feedback-summary.use-case';
import { ClientsErrorFilter } from '../clients-error.filter';
import { FOLLOW_UP_STAFF } from '../http/policies';
import {
  ServiceFeedbackSummaryDto,
  ServiceFeedbackSummaryQueryDto,
} from './dto/service-feedback-summary.dto';

/** KOR/FIT per service: how much feedback is collected and how clients' ORS moves. */
@ApiTags('clients: follow-up')
@Controller('v1/session-feedback')
@Authorize(FOLLOW_UP_STAFF)
@UseFilters(ClientsErrorFilter)
export class ServiceFeedbackSummaryController {
  constructor(private readonly summary: GetServiceFeedbackSummary) {}

  @Get('summary')
  @ApiOperation({
    operationId: 'getServiceFeedbackSummary',
    summary: 'A service’s KOR/FIT summary: share of sessions with feedback, mean ORS change',
    description:
      'Counts over the attended encounters of the service in the period (Oslo days, both included). No client is named. Audited as a read of the service’s summary.',
  })
  @ApiOkResponse({ type: ServiceFeedbackSummaryDto })
  @ApiProblemResponses(400)
  async get(
    @CurrentActor() actor: Actor,
    @Query() query: ServiceFeedbackSummaryQueryDto,
  ): Promise<ServiceFeedbackSummaryDto> {
    return ServiceFeedbackSummaryDto.from(
      await this.summary.execute({
        actor,
        serviceId: query.serviceId,
        from: query.from,
        to: query.to,
      }),
    );
  }
}
