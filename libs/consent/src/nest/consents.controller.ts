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
  Header,
} from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { etagOf, type Actor, type Clock } from '@lavterskel/kernel';
import {
  ApiBreakGlassHeader,
  ApiProblemResponses,
  Authorize,
  BreakGlassReason,
  CLOCK,
  CurrentActor,
  Idempotent,
  IfMatchVersion,
  Policies,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { AmendConsent } from '../domain/amend-consent.use-case';
import type { FhirConsent } from '../domain/consent-fhir';
import { ExportFhirConsent } from '../domain/export-fhir-consent.use-case';
import { GetConsent } from '../domain/get-consent.use-case';
import { GrantConsent } from '../domain/grant-consent.use-case';
import { ListClientConsents } from '../domain/list-client-consents.use-case';
import { ListConsentVersions } from '../domain/list-consent-versions.use-case';
import { WithdrawConsent } from '../domain/withdraw-consent.use-case';
import { ConsentErrorFilter } from './consent-error.filter';
import { ConsentTermsRequestDto } from './dto/consent-terms.request.dto';
import { ConsentDto, ConsentPageDto } from './dto/consent.response.dto';
import { FhirConsentDto } from './dto/fhir-consent.response.dto';
import { RECIPIENT_VARIANTS } from './dto/recipient.dto';
import { GRANT_CONSENT_EXAMPLES } from './dto/recipient.examples';
import { GrantConsentRequestDto } from './dto/grant-consent.request.dto';
import { ListConsentsQueryDto } from './dto/list-consents.query.dto';
import { WithdrawConsentRequestDto } from './dto/withdraw-consent.request.dto';
import type { HeaderResponse } from './header-response';

const CARE_STAFF = Policies.anyRole('staff', 'team-lead');
/** Reads and withdrawals: care staff with need-to-know, and privacy officers for any client of the municipality. */
const CARE_STAFF_OR_PRIVACY_OFFICER = Policies.anyRole('staff', 'team-lead', 'privacy-officer');
const ETAG_HEADER = {
  ETag: {
    description: 'The version, for If-Match on the next change.',
    schema: { type: 'string', example: '"1"' },
  },
};

/** Consents (CO-1) and their FHIR export (CO-5). */
@ApiExtraModels(...RECIPIENT_VARIANTS)
@ApiTags('consents')
@Controller('v1/consents')
@UseFilters(ConsentErrorFilter)
export class ConsentsController {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly grantConsent: GrantConsent,
    private readonly amendConsent: AmendConsent,
    private readonly withdrawConsent: WithdrawConsent,
    private readonly getConsent: GetConsent,
    private readonly listConsentVersions: ListConsentVersions,
    private readonly listClientConsents: ListClientConsents,
    private readonly exportFhirConsent: ExportFhirConsent,
  ) {}

  @Post()
  @Authorize(CARE_STAFF)
  @Idempotent()
  @ApiOperation({
    operationId: 'grantConsent',
    summary: 'Record a consent the client has given',
    description:
      'Version 1 of a new consent: which information, to whom, why, for how long, and how it was given. Needs a care relation to the client (or X-Break-Glass-Reason); a client id the client registry does not know answers 404.',
  })
  @ApiBreakGlassHeader()
  @ApiBody({ type: GrantConsentRequestDto, examples: GRANT_CONSENT_EXAMPLES })
  @ApiCreatedResponse({
    type: ConsentDto,
    headers: {
      ...ETAG_HEADER,
      Location: { description: 'The new consent.', schema: { type: 'string' } },
    },
  })
  @ApiProblemResponses(400, 404, 422)
  async grant(
    @CurrentActor() actor: Actor,
    @Body() body: GrantConsentRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<ConsentDto> {
    const consent = await this.grantConsent.execute({
      actor,
      clientId: body.clientId,
      terms: body.toTerms(),
      breakGlassReason,
    });
    response.setHeader('ETag', etagOf(consent.version));
    response.setHeader('Location', `/v1/consents/${consent.id}`);
    return ConsentDto.from(consent, this.clock.now());
  }

  @Get()
  @Authorize(CARE_STAFF_OR_PRIVACY_OFFICER)
  @ApiOperation({
    operationId: 'listConsents',
    summary: "List a client's consents",
    description: 'The current version of each, newest consent first.',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: ConsentPageDto })
  @ApiProblemResponses(400, 404)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListConsentsQueryDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<ConsentPageDto> {
    const page = await this.listClientConsents.execute({
      actor,
      clientId: query.clientId,
      page: query,
      breakGlassReason,
    });
    const now = this.clock.now();
    return {
      items: page.items.map((consent) => ConsentDto.from(consent, now)),
      nextCursor: page.nextCursor,
    };
  }

  @Get(':id')
  @Authorize(CARE_STAFF_OR_PRIVACY_OFFICER)
  @ApiOperation({
    operationId: 'getConsent',
    summary: 'Read a consent',
    description: 'Its current version; the ETag is the version.',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: ConsentDto, headers: ETAG_HEADER })
  @ApiProblemResponses(400, 404)
  async get(
    @CurrentActor() actor: Actor,
    @UuidParam('id') consentId: string,
    @BreakGlassReason() breakGlassReason: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<ConsentDto> {
    const consent = await this.getConsent.execute({ actor, consentId, breakGlassReason });
    response.setHeader('ETag', etagOf(consent.version));
    return ConsentDto.from(consent, this.clock.now());
  }

  @Put(':id')
  @Authorize(CARE_STAFF)
  @ApiOperation({
    operationId: 'amendConsent',
    summary: "Change a consent's terms",
    description:
      'Records the full new terms as the next version; earlier versions stay as they were. A withdrawn consent cannot change (409).',
  })
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The ETag of the version you read.',
    example: '"1"',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: ConsentDto, headers: ETAG_HEADER })
  @ApiProblemResponses(400, 404, 409, 412, 428)
  async amend(
    @CurrentActor() actor: Actor,
    @UuidParam('id') consentId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: ConsentTermsRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<ConsentDto> {
    const consent = await this.amendConsent.execute({
      actor,
      consentId,
      expectedVersion,
      terms: body.toTerms(),
      breakGlassReason,
    });
    response.setHeader('ETag', etagOf(consent.version));
    return ConsentDto.from(consent, this.clock.now());
  }

  @Post(':id/withdrawal')
  @HttpCode(200)
  @Authorize(CARE_STAFF_OR_PRIVACY_OFFICER)
  @Idempotent()
  @ApiOperation({
    operationId: 'withdrawConsent',
    summary: 'Withdraw a consent',
    description:
      'Takes effect at once: the next decision no longer finds it. Needs no If-Match; withdrawing twice is a 409.',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: ConsentDto, headers: ETAG_HEADER })
  @ApiProblemResponses(400, 404, 409, 422)
  async withdraw(
    @CurrentActor() actor: Actor,
    @UuidParam('id') consentId: string,
    @Body() body: WithdrawConsentRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<ConsentDto> {
    const consent = await this.withdrawConsent.execute({
      actor,
      consentId,
      method: body.method,
      reason: body.reason,
      breakGlassReason,
    });
    response.setHeader('ETag', etagOf(consent.version));
    return ConsentDto.from(consent, this.clock.now());
  }

  @Get(':id/versions')
  @Authorize(CARE_STAFF_OR_PRIVACY_OFFICER)
  @ApiOperation({
    operationId: 'listConsentVersions',
    summary: "A consent's history",
    description: 'Every version, oldest first, as recorded.',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: [ConsentDto] })
  @ApiProblemResponses(400, 404)
  async versions(
    @CurrentActor() actor: Actor,
    @UuidParam('id') consentId: string,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<ConsentDto[]> {
    const versions = await this.listConsentVersions.execute({ actor, consentId, breakGlassReason });
    const now = this.clock.now();
    return versions.map((consent) => ConsentDto.from(consent, now));
  }

  @Get(':id/fhir')
  @Header('Content-Type', 'application/fhir+json')
  @Authorize(CARE_STAFF_OR_PRIVACY_OFFICER)
  @ApiOperation({
    operationId: 'exportConsentFhir',
    summary: 'Export a consent as FHIR R4 Consent',
    description: 'The current version as a FHIR R4 `Consent` resource (CO-5).',
  })
  @ApiBreakGlassHeader()
  @ApiProduces('application/fhir+json')
  @ApiOkResponse({ type: FhirConsentDto })
  @ApiProblemResponses(400, 404)
  exportFhir(
    @CurrentActor() actor: Actor,
    @UuidParam('id') consentId: string,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<FhirConsent> {
    return this.exportFhirConsent.execute({ actor, consentId, breakGlassReason });
  }
}
