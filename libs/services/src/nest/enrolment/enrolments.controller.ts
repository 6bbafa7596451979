import { Body, Controller, Get, HttpCode, Post, Query, Res, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { etagOf, type Actor } from '@lavterskel/kernel';
import {
  ApiBreakGlassHeader,
  ApiProblemResponses,
  Authorize,
  BreakGlassReason,
  CurrentActor,
  Idempotent,
  ApiIfMatch,
  IfMatchVersion,
  PageQueryDto,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { EndEnrolment } from '../../domain/enrolment/end-enrolment.use-case';
import { EnrolClient } from '../../domain/enrolment/enrol-client.use-case';
import { ListClientEnrolments } from '../../domain/enrolment/list-client-enrolments.use-case';
import { ListServiceEnrolments } from '../../domain/enrolment/list-service-enrolments.use-case';
import { ServicesErrorFilter } from '../services-error.filter';
import type { HeaderResponse } from '../shared/http';
import { pageBody } from '../shared/page';
import { ServicesPolicies } from '../shared/policies';
import {
  EndEnrolmentRequestDto,
  EnrolClientRequestDto,
  EnrolmentDto,
  EnrolmentPageDto,
  ServiceEnrolmentsQueryDto,
} from './dto/enrolment.dto';

/** Enrolment of clients in services (SV-3): a service's clients and a client's services. */
@ApiTags('enrolments')
@Controller('v1/services')
@UseFilters(ServicesErrorFilter)
export class EnrolmentsController {
  constructor(
    private readonly enrolClient: EnrolClient,
    private readonly endEnrolment: EndEnrolment,
    private readonly listServiceEnrolments: ListServiceEnrolments,
    private readonly listClientEnrolments: ListClientEnrolments,
  ) {}

  @Post(':serviceId/enrolments')
  @Authorize(ServicesPolicies.careWork)
  @Idempotent()
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'enrolClient',
    summary: 'Enrol a client in the service.',
    description:
      'An enrolment gives the team that runs the service a care relation to the client, so it needs one already: ' +
      'a care relation to the client (e.g. as the primary contact, which whoever registers a client becomes) or X-Break-Glass-Reason, audited as break-glass. ' +
      'A client out of reach and a client id the client registry does not know both answer 404, and nothing is written. ' +
      'While the crisis level in force closes the service, enrolment is refused (409 services.refused-by-crisis-policy, naming the rule and the level) unless the client has an individual exception.',
  })
  @ApiCreatedResponse({ type: EnrolmentDto })
  @ApiProblemResponses(400, 404, 409)
  async enrol(
    @CurrentActor() actor: Actor,
    @UuidParam('serviceId') serviceId: string,
    @Body() body: EnrolClientRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<EnrolmentDto> {
    const enrolment = await this.enrolClient.execute({
      actor,
      serviceId,
      ...body,
      breakGlassReason,
    });
    response.setHeader('ETag', etagOf(enrolment.version));
    return EnrolmentDto.from(enrolment);
  }

  @Get(':serviceId/enrolments')
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'listServiceEnrolments',
    summary:
      'The service’s clients, newest first: for the team that runs it, or with a break-glass reason.',
  })
  @ApiOkResponse({ type: EnrolmentPageDto })
  @ApiProblemResponses(400, 404)
  async listForService(
    @CurrentActor() actor: Actor,
    @UuidParam('serviceId') serviceId: string,
    @Query() query: ServiceEnrolmentsQueryDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<EnrolmentPageDto> {
    const { activeOn, ...page } = query;
    return pageBody(
      await this.listServiceEnrolments.execute({
        actor,
        serviceId,
        activeOn,
        breakGlassReason,
        page,
      }),
      EnrolmentDto.from,
    );
  }

  @Post(':serviceId/enrolments/:enrolmentId/end')
  @HttpCode(200)
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'endEnrolment',
    summary: 'End an enrolment (kept as history). Needs If-Match with the enrolment’s ETag.',
  })
  @ApiOkResponse({ type: EnrolmentDto })
  @ApiIfMatch()
  @ApiProblemResponses(400, 404, 409, 412, 428)
  async end(
    @CurrentActor() actor: Actor,
    @UuidParam('serviceId') serviceId: string,
    @UuidParam('enrolmentId') enrolmentId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: EndEnrolmentRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<EnrolmentDto> {
    const enrolment = await this.endEnrolment.execute({
      actor,
      serviceId,
      enrolmentId,
      expectedVersion,
      ...body,
      breakGlassReason,
    });
    response.setHeader('ETag', etagOf(enrolment.version));
    return EnrolmentDto.from(enrolment);
  }

  @Get('clients/:clientId/enrolments')
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'listClientEnrolments',
    summary: 'A client’s services: their enrolments, newest first (need-to-know).',
  })
  @ApiOkResponse({ type: EnrolmentPageDto })
  @ApiProblemResponses(400, 404)
  async listForClient(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Query() query: PageQueryDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<EnrolmentPageDto> {
    return pageBody(
      await this.listClientEnrolments.execute({ actor, clientId, breakGlassReason, page: query }),
      EnrolmentDto.from,
    );
  }
}
