import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Query,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiBreakGlassHeader,
  ApiProblemResponses,
  Authorize,
  BreakGlassReason,
  CurrentActor,
  Idempotent,
  Policies,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { IdentifyClient } from '../../domain/merge/identify-client.use-case';
import { ListPossibleDuplicates } from '../../domain/merge/list-possible-duplicates.use-case';
import { MergeClient } from '../../domain/merge/merge-client.use-case';
import { ReverseClientMerge } from '../../domain/merge/reverse-client-merge.use-case';
import { ClientsErrorFilter } from '../clients-error.filter';
import { ClientDto } from '../client/dto/client.response.dto';
import { sendVersion, type HttpResponse } from '../http/http-response';
import { FOLLOW_UP_STAFF } from '../http/policies';
import { ClientMergeDto } from './dto/client-merge.response.dto';
import { IdentifyClientRequestDto } from './dto/identify-client.request.dto';
import { MergeClientRequestDto } from './dto/merge-client.request.dto';
import {
  PossibleDuplicateDto,
  PossibleDuplicateListDto,
  PossibleDuplicatesQueryDto,
} from './dto/possible-duplicates.dto';
import { ReverseClientMergeRequestDto } from './dto/reverse-client-merge.request.dto';

/** CL-1: a pseudonymous client identified in place, or merged into the identified client they are. */
@ApiTags('clients')
@Controller()
@UseFilters(ClientsErrorFilter)
export class ClientIdentityController {
  constructor(
    private readonly identifyClient: IdentifyClient,
    private readonly mergeClient: MergeClient,
    private readonly reverseClientMerge: ReverseClientMerge,
    private readonly listPossibleDuplicates: ListPossibleDuplicates,
  ) {}

  @Get('v1/client-duplicates')
  @Authorize(Policies.anyRole('team-lead'))
  @ApiOperation({
    operationId: 'listPossibleDuplicateClients',
    summary: 'Clients of a team who may be one person (team lead)',
    description:
      'Pairs, at least one pseudonymous, with the same birth date (or birth year) and similar names, or the same phone, among the clients the team serves. The lead decides: merge with `mergeClient`, or leave them. Only the team’s members (403 clients.team-forbidden otherwise); audited as a search naming each client.',
  })
  @ApiOkResponse({ type: PossibleDuplicateListDto })
  // 403 is documented by the policy (roles) and, here, also answers callers outside the team.
  @ApiProblemResponses(400)
  async duplicates(
    @CurrentActor() actor: Actor,
    @Query() query: PossibleDuplicatesQueryDto,
  ): Promise<PossibleDuplicateListDto> {
    const duplicates = await this.listPossibleDuplicates.execute({ actor, teamId: query.teamId });
    return { items: duplicates.map(PossibleDuplicateDto.from) };
  }

  @Post('v1/clients/:clientId/identify')
  @Authorize(FOLLOW_UP_STAFF)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'identifyClient',
    summary: 'Identify a pseudonymous client by fødselsnummer or D-nummer',
    description:
      'The same client (same id, all history) becomes identified; the alias stays as the name they go by. When another client of the municipality has the national id, 409 `clients.national-id-taken` names it in `existingClientId` (to a caller with a care relation to it): merge into it with `mergeClient` instead.',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: ClientDto, description: 'Identified; `ETag` is the new version.' })
  @ApiProblemResponses(400, 404, 409)
  async identify(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Body() body: IdentifyClientRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<ClientDto> {
    const client = await this.identifyClient.execute({
      actor,
      clientId,
      breakGlassReason,
      nationalId: body.nationalId,
      givenName: body.givenName,
      familyName: body.familyName,
      birthDate: body.birthDate,
    });
    sendVersion(response, client.version);
    return ClientDto.from(client);
  }

  @Post('v1/clients/:clientId/merge-into')
  @Authorize(FOLLOW_UP_STAFF)
  @Idempotent()
  @ApiOperation({
    operationId: 'mergeClient',
    summary: 'Merge a pseudonymous client into the identified client they are',
    description:
      'Every library moves the client’s records (contacts, enrolments, prescriptions and dispensings, cohort seats, consents, follow-up tasks …) to the survivor in one transaction; a record the survivor already holds once (an open enrolment in the same service) stays apart and is listed. The old id then answers 308 to the survivor. Needs a care relation to both clients; a privacy officer can reverse it.',
  })
  @ApiCreatedResponse({
    type: ClientMergeDto,
    description: 'Merged; the receipts list every row moved.',
  })
  @ApiProblemResponses(400, 404, 409)
  async merge(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Body() body: MergeClientRequestDto,
  ): Promise<ClientMergeDto> {
    const merge = await this.mergeClient.execute({
      actor,
      clientId,
      survivorId: body.survivorId,
      reason: body.reason,
    });
    return ClientMergeDto.from(merge);
  }

  @Post('v1/client-merges/:mergeId/reverse')
  @Authorize(Policies.anyRole('privacy-officer'))
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'reverseClientMerge',
    summary: 'Reverse a client merge (privacy officer)',
    description:
      'Every library moves back exactly the rows its receipt names, in one transaction; the old id stands for the pseudonymous client again. A merge is reversed once.',
  })
  @ApiOkResponse({ type: ClientMergeDto, description: 'Reversed.' })
  @ApiProblemResponses(400, 404, 409)
  async reverse(
    @CurrentActor() actor: Actor,
    @UuidParam('mergeId') mergeId: string,
    @Body() body: ReverseClientMergeRequestDto,
  ): Promise<ClientMergeDto> {
    const merge = await this.reverseClientMerge.execute({ actor, mergeId, reason: body.reason });
    return ClientMergeDto.from(merge);
  }
}
