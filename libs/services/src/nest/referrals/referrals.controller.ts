import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Post,
  Query,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { etagOf, type Actor } from '@lavterskel/kernel';
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
  UuidParam,
} from '@lavterskel/kernel/nest';
import { AnswerReferral } from '../../domain/referrals/answer-referral.use-case';
import { ExportReferralFhir } from '../../domain/referrals/export-referral-fhir.use-case';
import { GetReferral } from '../../domain/referrals/get-referral.use-case';
import { ListClientReferrals } from '../../domain/referrals/list-client-referrals.use-case';
import { ListIncomingReferrals } from '../../domain/referrals/list-incoming-referrals.use-case';
import type { Referral } from '../../domain/referrals/referral';
import { RespondToReferral } from '../../domain/referrals/respond-to-referral.use-case';
import { SendReferral } from '../../domain/referrals/send-referral.use-case';
import { WithdrawReferral } from '../../domain/referrals/withdraw-referral.use-case';
import { ServicesErrorFilter } from '../services-error.filter';
import type { HeaderResponse } from '../shared/http';
import { pageBody } from '../shared/page';
import { ServicesPolicies } from '../shared/policies';
import { FhirReferralBundleDto } from './dto/referral-fhir.response.dto';
import {
  AcceptReferralRequestDto,
  IncomingReferralsQueryDto,
  RejectReferralRequestDto,
  RequestReferralInformationRequestDto,
  RespondToReferralRequestDto,
  SendReferralRequestDto,
  WithdrawReferralRequestDto,
} from './dto/referral.request.dto';
import { ReferralDetailsDto, ReferralDto, ReferralPageDto } from './dto/referral.response.dto';
import { referralParty } from './referral-party';

const STEP_PROBLEMS = [400, 404, 409, 412, 428] as const;

/**
 * Referrals between services and partner organisations (SV-9): sent with the information
 * categories consent lets go to the receiver (CO-2, CO-3), answered by the receiver.
 */
@ApiTags('referrals')
@Controller('v1')
@UseFilters(ServicesErrorFilter)
export class ReferralsController {
  constructor(
    private readonly sendReferral: SendReferral,
    private readonly getReferral: GetReferral,
    private readonly listClientReferrals: ListClientReferrals,
    private readonly listIncomingReferrals: ListIncomingReferrals,
    private readonly answerReferral: AnswerReferral,
    private readonly respondToReferral: RespondToReferral,
    private readonly withdrawReferral: WithdrawReferral,
    private readonly exportReferralFhir: ExportReferralFhir,
  ) {}

  @Post('referrals')
  @Authorize(ServicesPolicies.careWork)
  @Idempotent()
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'sendReferral',
    summary: 'Refer a client to another service or a partner, or record a partner’s referral.',
    description:
      'From a service your team runs, with a care relation to the client (or X-Break-Glass-Reason): every category is decided by consent for the receiver ' +
      '(a partner by its organisation number; a municipal service as a role of the municipality). One denied category refuses the whole referral: ' +
      '403 services.sharing-refused naming each category and the consent reason; nothing is saved, and the decisions stay logged. ' +
      'Each shared category is logged as a disclosure the client can see. From a partner: recorded by the team of the receiving service; nothing leaves the municipality.',
  })
  @ApiCreatedResponse({ type: ReferralDto, description: 'Sent; `ETag` is its version.' })
  @ApiProblemResponses(400, 404, 422)
  async send(
    @CurrentActor() actor: Actor,
    @Body() body: SendReferralRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<ReferralDto> {
    const from = referralParty(body.from, 'from');
    const to = referralParty(body.to, 'to');
    return this.withEtag(
      await this.sendReferral.execute({ ...body, actor, from, to, breakGlassReason }),
      response,
    );
  }

  @Get('referrals/:referralId')
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'getReferral',
    summary: 'A referral with its status history (the two services’ teams, or need-to-know).',
  })
  @ApiOkResponse({ type: ReferralDetailsDto })
  @ApiProblemResponses(400, 404)
  async get(
    @CurrentActor() actor: Actor,
    @UuidParam('referralId') referralId: string,
    @BreakGlassReason() breakGlassReason: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<ReferralDetailsDto> {
    const found = await this.getReferral.execute({ actor, referralId, breakGlassReason });
    response.setHeader('ETag', etagOf(found.referral.version));
    return ReferralDetailsDto.withHistory(found);
  }

  @Get('referrals/:referralId/fhir')
  @Header('Content-Type', 'application/fhir+json')
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'exportReferralFhir',
    summary: 'Export a referral as FHIR R4 ServiceRequest + Task.',
    description: 'A Bundle (collection): the ServiceRequest, then the Task. Audited as an export.',
  })
  @ApiOkResponse({
    type: FhirReferralBundleDto,
    description: 'The Bundle, as `application/fhir+json`.',
  })
  @ApiProblemResponses(400, 404)
  async fhir(
    @CurrentActor() actor: Actor,
    @UuidParam('referralId') referralId: string,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<FhirReferralBundleDto> {
    const bundle = await this.exportReferralFhir.execute({ actor, referralId, breakGlassReason });
    return {
      ...bundle,
      entry: bundle.entry.map((entry) => ({
        fullUrl: entry.fullUrl,
        resource: { ...entry.resource },
      })),
    };
  }

  @Post('referrals/:referralId/accept')
  @HttpCode(200)
  @Authorize(ServicesPolicies.careWork)
  @ApiOperation({
    operationId: 'acceptReferral',
    summary:
      'Accept a referral, optionally enrolling the client in the receiving service. Needs If-Match.',
    description:
      'The receiving service’s team (for a partner receiver: the sending team, recording the partner’s answer). ' +
      'With `enrol`, the enrolment obeys every enrolment rule (one open enrolment, crisis level) in the same transaction.',
  })
  @ApiOkResponse({ type: ReferralDto })
  @ApiIfMatch()
  @ApiProblemResponses(...STEP_PROBLEMS)
  async accept(
    @CurrentActor() actor: Actor,
    @UuidParam('referralId') referralId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: AcceptReferralRequestDto,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<ReferralDto> {
    return this.withEtag(
      await this.answerReferral.execute({
        actor,
        referralId,
        expectedVersion,
        answer: 'accept',
        note: body.note,
        enrol: body.enrol ? { startedOn: body.startedOn } : undefined,
      }),
      response,
    );
  }

  @Post('referrals/:referralId/reject')
  @HttpCode(200)
  @Authorize(ServicesPolicies.careWork)
  @ApiOperation({
    operationId: 'rejectReferral',
    summary: 'Reject a referral with a reason. Needs If-Match.',
  })
  @ApiOkResponse({ type: ReferralDto })
  @ApiIfMatch()
  @ApiProblemResponses(...STEP_PROBLEMS)
  async reject(
    @CurrentActor() actor: Actor,
    @UuidParam('referralId') referralId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: RejectReferralRequestDto,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<ReferralDto> {
    return this.withEtag(
      await this.answerReferral.execute({
        actor,
        referralId,
        expectedVersion,
        answer: 'reject',
        note: body.reason,
      }),
      response,
    );
  }

  @Post('referrals/:referralId/request-information')
  @HttpCode(200)
  @Authorize(ServicesPolicies.careWork)
  @ApiOperation({
    operationId: 'requestReferralInformation',
    summary: 'Ask the sender for more before answering. Needs If-Match.',
  })
  @ApiOkResponse({ type: ReferralDto })
  @ApiIfMatch()
  @ApiProblemResponses(...STEP_PROBLEMS)
  async requestInformation(
    @CurrentActor() actor: Actor,
    @UuidParam('referralId') referralId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: RequestReferralInformationRequestDto,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<ReferralDto> {
    return this.withEtag(
      await this.answerReferral.execute({
        actor,
        referralId,
        expectedVersion,
        answer: 'request-information',
        note: body.question,
      }),
      response,
    );
  }

  @Post('referrals/:referralId/respond')
  @HttpCode(200)
  @Authorize(ServicesPolicies.careWork)
  @ApiOperation({
    operationId: 'respondToReferral',
    summary: 'Answer the receiver’s question; the referral is resubmitted. Needs If-Match.',
  })
  @ApiOkResponse({ type: ReferralDto })
  @ApiIfMatch()
  @ApiProblemResponses(...STEP_PROBLEMS)
  async respond(
    @CurrentActor() actor: Actor,
    @UuidParam('referralId') referralId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: RespondToReferralRequestDto,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<ReferralDto> {
    return this.withEtag(
      await this.respondToReferral.execute({
        actor,
        referralId,
        expectedVersion,
        answer: body.answer,
      }),
      response,
    );
  }

  @Post('referrals/:referralId/withdraw')
  @HttpCode(200)
  @Authorize(ServicesPolicies.careWork)
  @ApiOperation({
    operationId: 'withdrawReferral',
    summary: 'Withdraw a referral not yet accepted or rejected. Needs If-Match.',
  })
  @ApiOkResponse({ type: ReferralDto })
  @ApiIfMatch()
  @ApiProblemResponses(...STEP_PROBLEMS)
  async withdraw(
    @CurrentActor() actor: Actor,
    @UuidParam('referralId') referralId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: WithdrawReferralRequestDto,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<ReferralDto> {
    return this.withEtag(
      await this.withdrawReferral.execute({
        actor,
        referralId,
        expectedVersion,
        reason: body.reason,
      }),
      response,
    );
  }

  @Get('services/clients/:clientId/referrals')
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'listClientReferrals',
    summary: 'A client’s referrals, newest first (need-to-know).',
  })
  @ApiOkResponse({ type: ReferralPageDto })
  @ApiProblemResponses(400, 404)
  async forClient(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Query() query: PageQueryDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<ReferralPageDto> {
    return pageBody(
      await this.listClientReferrals.execute({ actor, clientId, breakGlassReason, page: query }),
      ReferralDto.from,
    );
  }

  @Get('services/:serviceId/referrals/incoming')
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'listIncomingReferrals',
    summary: 'The referrals a service has received, soonest due first (the team that runs it).',
  })
  @ApiOkResponse({ type: ReferralPageDto })
  @ApiProblemResponses(400, 404)
  async incoming(
    @CurrentActor() actor: Actor,
    @UuidParam('serviceId') serviceId: string,
    @Query() query: IncomingReferralsQueryDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<ReferralPageDto> {
    const { status, ...page } = query;
    return pageBody(
      await this.listIncomingReferrals.execute({
        actor,
        serviceId,
        status,
        breakGlassReason,
        page,
      }),
      ReferralDto.from,
    );
  }

  private withEtag(referral: Referral, response: HeaderResponse): ReferralDto {
    response.setHeader('ETag', etagOf(referral.version));
    return ReferralDto.from(referral);
  }
}
