import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Post,
  Put,
  Query,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiIfMatch,
  ApiProblemResponses,
  Authorize,
  CurrentActor,
  Idempotent,
  IfMatchVersion,
  Public,
  RateLimited,
  TenantScope,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { CloseApplication } from '../../domain/application/close-application.use-case';
import { ConvertApplication } from '../../domain/application/convert-application.use-case';
import { GetApplication } from '../../domain/application/get-application.use-case';
import { GetFirstContactReport } from '../../domain/application/get-first-contact-report.use-case';
import { ListApplications } from '../../domain/application/list-applications.use-case';
import { SubmitApplication } from '../../domain/application/submit-application.use-case';
import { TriageApplication } from '../../domain/application/triage-application.use-case';
import { ClientsErrorFilter } from '../clients-error.filter';
import { APPLICATION_THROTTLER } from '../clients-rate-limits';
import { sendVersion, type HttpResponse } from '../http/http-response';
import { FOLLOW_UP_STAFF } from '../http/policies';
import { ApplicationReceiptDto } from './dto/application-receipt.response.dto';
import { ApplicationDto, ApplicationPageDto } from './dto/application.response.dto';
import { CloseApplicationRequestDto } from './dto/close-application.request.dto';
import { ConversionDto } from './dto/conversion.response.dto';
import { ConvertApplicationRequestDto } from './dto/convert-application.request.dto';
import { FirstContactReportQueryDto } from './dto/first-contact-report.query.dto';
import { FirstContactReportDto } from './dto/first-contact-report.response.dto';
import { ListApplicationsQueryDto } from './dto/list-applications.query.dto';
import { SubmitApplicationRequestDto } from './dto/submit-application.request.dto';
import { TriageApplicationRequestDto } from './dto/triage-application.request.dto';

/** CL-2: the simple application ("enkel søknad") and intake. */
@ApiTags('applications')
@Controller('v1/applications')
@UseFilters(ClientsErrorFilter)
export class ApplicationsController {
  // The public form has no token: its rows belong to the municipality it names (row-level security).
  @Inject(TenantScope) private readonly tenants!: TenantScope;

  constructor(
    private readonly submitApplication: SubmitApplication,
    private readonly listApplications: ListApplications,
    private readonly getApplication: GetApplication,
    private readonly triageApplication: TriageApplication,
    private readonly convertApplication: ConvertApplication,
    private readonly closeApplication: CloseApplication,
    private readonly getFirstContactReport: GetFirstContactReport,
  ) {}

  @Post()
  @Public()
  @RateLimited(
    APPLICATION_THROTTLER,
    'Too many applications from this address; try again after the seconds in `Retry-After`, or call us.',
  )
  @ApiOperation({
    operationId: 'submitApplication',
    summary: 'Send a simple application (no account needed)',
    description:
      'Anyone may ask for help: name or alias, a phone number or a place to meet, what you want help with, and the urgency questions. Names the municipality it is sent to. Limited per IP address; answers with a receipt id.',
  })
  @ApiCreatedResponse({ type: ApplicationReceiptDto })
  @ApiProblemResponses(400)
  async submit(@Body() body: SubmitApplicationRequestDto): Promise<ApplicationReceiptDto> {
    const form = body.toForm();
    const receipt = await this.tenants.run(form.municipality, () =>
      this.submitApplication.execute(form),
    );
    return ApplicationReceiptDto.from(receipt);
  }

  @Get()
  @Authorize(FOLLOW_UP_STAFF)
  @ApiOperation({
    operationId: 'listApplications',
    summary: 'The intake queue: urgent first, then oldest first',
  })
  @ApiOkResponse({ type: ApplicationPageDto })
  @ApiProblemResponses(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListApplicationsQueryDto,
  ): Promise<ApplicationPageDto> {
    const page = await this.listApplications.execute({
      actor,
      status: query.status,
      urgent: query.urgent,
      page: query,
    });
    return { items: page.items.map(ApplicationDto.from), nextCursor: page.nextCursor };
  }

  @Get('first-contact-report')
  @Authorize(FOLLOW_UP_STAFF)
  @ApiOperation({
    operationId: 'getFirstContactReport',
    summary: 'Time from application to first contact',
    description:
      'For applications received on the given Oslo days: counts by outcome, and the median, 90th percentile and longest wait in minutes.',
  })
  @ApiOkResponse({ type: FirstContactReportDto })
  @ApiProblemResponses(400)
  async firstContactReport(
    @CurrentActor() actor: Actor,
    @Query() query: FirstContactReportQueryDto,
  ): Promise<FirstContactReportDto> {
    return FirstContactReportDto.from(
      await this.getFirstContactReport.execute({ actor, from: query.from, to: query.to }),
    );
  }

  @Get(':applicationId')
  @Authorize(FOLLOW_UP_STAFF)
  @ApiOperation({ operationId: 'getApplication', summary: 'Read an application' })
  @ApiOkResponse({ type: ApplicationDto, description: 'The application; `ETag` is its version.' })
  @ApiProblemResponses(400, 404)
  async read(
    @CurrentActor() actor: Actor,
    @UuidParam('applicationId') applicationId: string,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<ApplicationDto> {
    const application = await this.getApplication.execute({ actor, applicationId });
    sendVersion(response, application.version);
    return ApplicationDto.from(application);
  }

  @Put(':applicationId/triage')
  @Authorize(FOLLOW_UP_STAFF)
  @ApiOperation({
    operationId: 'triageApplication',
    summary: 'Triage an application',
    description:
      'Acute detox, pregnancy (§10-3), coercion assessment (§10-2); may be revised while the application is open.',
  })
  @ApiIfMatch()
  @ApiOkResponse({
    type: ApplicationDto,
    description: 'The triaged application; `ETag` is its new version.',
  })
  @ApiProblemResponses(400, 404, 409)
  async triage(
    @CurrentActor() actor: Actor,
    @UuidParam('applicationId') applicationId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: TriageApplicationRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<ApplicationDto> {
    const application = await this.triageApplication.execute({
      actor,
      applicationId,
      expectedVersion,
      ...body,
    });
    sendVersion(response, application.version);
    return ApplicationDto.from(application);
  }

  @Post(':applicationId/conversion')
  @Authorize(FOLLOW_UP_STAFF)
  @Idempotent()
  @ApiOperation({
    operationId: 'convertApplication',
    summary: 'Convert an application into a client, with the intake conversation',
    description:
      'Registers the client, logs the intake conversation and records it as the first contact, in one transaction. An application already converted or closed is a 409.',
  })
  @ApiCreatedResponse({
    type: ConversionDto,
    description: 'Converted; `Location` is the new client.',
  })
  @ApiProblemResponses(400, 404, 409)
  async convert(
    @CurrentActor() actor: Actor,
    @UuidParam('applicationId') applicationId: string,
    @Body() body: ConvertApplicationRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<ConversionDto> {
    const conversion = await this.convertApplication.execute({
      actor,
      applicationId,
      client: body.client.registration(),
      intake: body.intake.toDomain(),
    });
    response.setHeader('Location', `/v1/clients/${conversion.client.id}`);
    return ConversionDto.from(conversion);
  }

  @Post(':applicationId/closure')
  @Authorize(FOLLOW_UP_STAFF)
  @HttpCode(200)
  @ApiOperation({
    operationId: 'closeApplication',
    summary: 'Close an application that will not become a client',
  })
  @ApiIfMatch()
  @ApiOkResponse({
    type: ApplicationDto,
    description: 'The closed application; `ETag` is its new version.',
  })
  @ApiProblemResponses(400, 404, 409)
  async close(
    @CurrentActor() actor: Actor,
    @UuidParam('applicationId') applicationId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: CloseApplicationRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<ApplicationDto> {
    const application = await this.closeApplication.execute({
      actor,
      applicationId,
      expectedVersion,
      reason: body.reason,
    });
    sendVersion(response, application.version);
    return ApplicationDto.from(application);
  }
}
