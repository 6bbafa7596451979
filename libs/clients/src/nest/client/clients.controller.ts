import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Patch,
  Post,
  Put,
  Query,
  Res,
  UseFilters,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
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
  RateLimited,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { AssignCareContacts } from '../../domain/client/assign-care-contacts.use-case';
import { ChangeClientStatus } from '../../domain/client/change-client-status.use-case';
import { GetClient } from '../../domain/client/get-client.use-case';
import { ListStatusHistory } from '../../domain/client/list-status-history.use-case';
import { RegisterClient } from '../../domain/client/register-client.use-case';
import { SearchClients } from '../../domain/client/search-clients.use-case';
import { UpdateClient } from '../../domain/client/update-client.use-case';
import { ExportClientFhir } from '../../domain/fhir/export-client-fhir.use-case';
import { CLIENT_SEARCH_THROTTLER } from '../clients-rate-limits';
import { ClientsErrorFilter } from '../clients-error.filter';
import { sendVersion, type HttpResponse } from '../http/http-response';
import { FOLLOW_UP_STAFF } from '../http/policies';
import { AssignCareContactsRequestDto } from './dto/assign-care-contacts.request.dto';
import { ChangeStatusRequestDto } from './dto/change-status.request.dto';
import { ClientDto } from './dto/client.response.dto';
import { ClientSummaryDto, ClientSummaryPageDto } from './dto/client-summary.response.dto';
import { FhirBundleDto } from './dto/fhir-bundle.response.dto';
import { RegisterClientRequestDto } from './dto/register-client.request.dto';
import { SearchClientsQueryDto } from './dto/search-clients.query.dto';
import { StatusChangeDto, StatusChangePageDto } from './dto/status-change.response.dto';
import { UpdateClientRequestDto } from './dto/update-client.request.dto';

/** The client register (CL-1, CL-3, CL-4) and its FHIR export. */
@ApiTags('clients')
@Controller('v1/clients')
@Authorize(FOLLOW_UP_STAFF)
@UseFilters(ClientsErrorFilter)
export class ClientsController {
  constructor(
    private readonly registerClient: RegisterClient,
    private readonly getClient: GetClient,
    private readonly updateClient: UpdateClient,
    private readonly searchClients: SearchClients,
    private readonly assignCareContacts: AssignCareContacts,
    private readonly changeClientStatus: ChangeClientStatus,
    private readonly listStatusHistory: ListStatusHistory,
    private readonly exportClientFhir: ExportClientFhir,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    operationId: 'registerClient',
    summary: 'Register a client',
    description:
      'Identified by fødselsnummer or D-nummer, or pseudonymous (alias and birth year). The client starts as `applicant`; the caller becomes the primary contact unless another is named. A national id already registered in the municipality is a 409, naming the existing client only to a caller with a care relation to it.',
  })
  @ApiCreatedResponse({
    type: ClientDto,
    description: 'Registered; `ETag` and `Location` are set.',
  })
  @ApiProblemResponses(400, 409)
  async register(
    @CurrentActor() actor: Actor,
    @Body() body: RegisterClientRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<ClientDto> {
    const client = await this.registerClient.execute({ actor, ...body.registration() });
    response.setHeader('Location', `/v1/clients/${client.id}`);
    sendVersion(response, client.version);
    return ClientDto.from(client);
  }

  @Get()
  @ApiOperation({
    operationId: 'searchClients',
    summary: 'Search clients within reach',
    description:
      'By words of name or alias, by national id, or by status. Limited per caller (token subject). Only clients the caller has a care relation to are returned; a page may hold fewer than `limit` items while `nextCursor` is set. With `nationalId` only, `X-Break-Glass-Reason` also finds a client outside reach (audited).',
  })
  @ApiBreakGlassHeader()
  @RateLimited(
    CLIENT_SEARCH_THROTTLER,
    'Too many searches by this caller; try again after the seconds in `Retry-After`.',
  )
  @ApiOkResponse({ type: ClientSummaryPageDto })
  @ApiProblemResponses(400)
  async search(
    @CurrentActor() actor: Actor,
    @Query() query: SearchClientsQueryDto,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<ClientSummaryPageDto> {
    const page = await this.searchClients.execute({
      actor,
      text: query.q,
      nationalId: query.nationalId,
      status: query.status,
      page: query,
      breakGlassReason,
    });
    return { items: page.items.map(ClientSummaryDto.from), nextCursor: page.nextCursor };
  }

  @Get(':clientId')
  @ApiOperation({
    operationId: 'getClient',
    summary: 'Read a client’s record',
    description:
      'Answers 404 for a client outside the caller’s reach, as for a missing one. A client merged into another answers 308 Permanent Redirect: `Location` is the survivor’s record, the problem+json body (`clients.client-merged`) names `survivorId`; so do the client’s other routes in this library.',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: ClientDto, description: 'The record; `ETag` is its version.' })
  @ApiProblemResponses(400, 404)
  async read(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<ClientDto> {
    const client = await this.getClient.execute({ actor, clientId, breakGlassReason });
    sendVersion(response, client.version);
    return ClientDto.from(client);
  }

  @Patch(':clientId')
  @ApiOperation({
    operationId: 'updateClient',
    summary: 'Change a client’s details',
    description: 'Send only the fields to change; null clears an optional field.',
  })
  @ApiBreakGlassHeader()
  @ApiIfMatch()
  @ApiOkResponse({ type: ClientDto, description: 'The changed record; `ETag` is its new version.' })
  @ApiProblemResponses(400, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: UpdateClientRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<ClientDto> {
    const client = await this.updateClient.execute({
      actor,
      clientId,
      breakGlassReason,
      expectedVersion,
      changes: body.changes(),
    });
    sendVersion(response, client.version);
    return ClientDto.from(client);
  }

  @Put(':clientId/care-contacts')
  @ApiOperation({
    operationId: 'assignCareContacts',
    summary: 'Name the primary and back-up contact (CL-4)',
  })
  @ApiBreakGlassHeader()
  @ApiIfMatch()
  @ApiOkResponse({ type: ClientDto, description: 'The changed record; `ETag` is its new version.' })
  @ApiProblemResponses(400, 404)
  async assignContacts(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: AssignCareContactsRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<ClientDto> {
    const client = await this.assignCareContacts.execute({
      actor,
      clientId,
      breakGlassReason,
      expectedVersion,
      primaryContact: body.primaryContact,
      backupContact: body.backupContact ?? null,
    });
    sendVersion(response, client.version);
    return ClientDto.from(client);
  }

  @Post(':clientId/status-changes')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'changeClientStatus',
    summary: 'Change a client’s status (CL-3)',
    description:
      'applicant → active → paused → discharged, and back to active after a pause or a discharge. An illegal move is a 409 listing `allowedTransitions`.',
  })
  @ApiBreakGlassHeader()
  @ApiIfMatch()
  @ApiOkResponse({ type: ClientDto, description: 'The changed record; `ETag` is its new version.' })
  @ApiProblemResponses(400, 404, 409)
  async changeStatus(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: ChangeStatusRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<ClientDto> {
    const client = await this.changeClientStatus.execute({
      actor,
      clientId,
      breakGlassReason,
      expectedVersion,
      to: body.status,
      reason: body.reason,
    });
    sendVersion(response, client.version);
    return ClientDto.from(client);
  }

  @Get(':clientId/status-history')
  @ApiOperation({
    operationId: 'listClientStatusHistory',
    summary: 'A client’s status history, newest first (CL-3)',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: StatusChangePageDto })
  @ApiProblemResponses(400, 404)
  async statusHistory(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Query() query: PageQueryDto,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<StatusChangePageDto> {
    const page = await this.listStatusHistory.execute({
      actor,
      clientId,
      breakGlassReason,
      page: query,
    });
    return { items: page.items.map(StatusChangeDto.from), nextCursor: page.nextCursor };
  }

  @Get(':clientId/fhir')
  @Header('Content-Type', 'application/fhir+json')
  @ApiOperation({
    operationId: 'exportClientFhir',
    summary: 'Export a client as FHIR R4 (X-5)',
    description:
      'A Bundle (collection) with the Patient (fødselsnummer: urn:oid:2.16.578.1.12.4.1.4.1, D-nummer: urn:oid:2.16.578.1.12.4.1.4.2) and each relative as a RelatedPerson. Audited as an export.',
  })
  @ApiBreakGlassHeader()
  @ApiProduces('application/fhir+json')
  @ApiOkResponse({ type: FhirBundleDto, description: 'The Bundle, as `application/fhir+json`.' })
  @ApiProblemResponses(400, 404)
  async exportFhir(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<FhirBundleDto> {
    const bundle = await this.exportClientFhir.execute({ actor, clientId, breakGlassReason });
    return {
      ...bundle,
      entry: bundle.entry.map((entry) => ({
        fullUrl: entry.fullUrl,
        resource: { ...entry.resource },
      })),
    };
  }
}
