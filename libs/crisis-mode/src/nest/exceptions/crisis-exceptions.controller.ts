import { Body, Controller, Get, HttpCode, Post, Query, UseFilters } from '@nestjs/common';
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
import { GrantCrisisException } from '../../domain/policy/grant-crisis-exception.use-case';
import { ListClientCrisisExceptions } from '../../domain/policy/list-client-crisis-exceptions.use-case';
import { RevokeCrisisException } from '../../domain/policy/revoke-crisis-exception.use-case';
import { CrisisModeErrorFilter } from '../crisis-mode-error.filter';
import { CrisisPolicies } from '../crisis-policies';
import { CrisisExceptionDto } from '../policy/effective-policy.dto';
import { GrantExceptionRequestDto, ListExceptionsQueryDto } from './grant-exception.request.dto';

/** Exceptions by individual assessment (CR-1): one client may use a service despite the level. */
@ApiTags('crisis-mode')
@Controller('v1/crisis/exceptions')
@UseFilters(CrisisModeErrorFilter)
export class CrisisExceptionsController {
  constructor(
    private readonly grant: GrantCrisisException,
    private readonly revoke: RevokeCrisisException,
    private readonly list: ListClientCrisisExceptions,
  ) {}

  @Post()
  @Authorize(CrisisPolicies.assess)
  @Idempotent()
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'grantCrisisException',
    summary: 'Record an individual exception for a client you follow',
    description:
      'Lifts the level’s restrictions of the service (mode, channels, groups closed, eligibility) for this client; not the group size.',
  })
  @ApiCreatedResponse({ type: CrisisExceptionDto })
  @ApiProblemResponses(400, 404)
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: GrantExceptionRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<CrisisExceptionDto> {
    const exception = await this.grant.execute({
      actor,
      clientId: body.clientId,
      serviceId: body.serviceId ?? null,
      reason: body.reason,
      validTo: body.validTo ? new Date(body.validTo) : null,
      breakGlassReason,
    });
    return CrisisExceptionDto.from(exception);
  }

  @Get()
  @Authorize(CrisisPolicies.assess)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'listCrisisExceptions',
    summary: 'A client’s exceptions, newest first, revoked ones included',
  })
  @ApiOkResponse({ type: [CrisisExceptionDto] })
  @ApiProblemResponses(400, 404)
  async ofClient(
    @CurrentActor() actor: Actor,
    @Query() query: ListExceptionsQueryDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<CrisisExceptionDto[]> {
    const exceptions = await this.list.execute({
      actor,
      clientId: query.clientId,
      breakGlassReason,
    });
    return exceptions.map(CrisisExceptionDto.from);
  }

  @Post(':exceptionId/revoke')
  @HttpCode(200)
  @Authorize(CrisisPolicies.assess)
  @ApiOperation({ operationId: 'revokeCrisisException', summary: 'End an exception now' })
  @ApiOkResponse({ type: CrisisExceptionDto })
  @ApiProblemResponses(400, 404)
  async end(
    @CurrentActor() actor: Actor,
    @UuidParam('exceptionId') exceptionId: string,
  ): Promise<CrisisExceptionDto> {
    return CrisisExceptionDto.from(await this.revoke.execute({ actor, exceptionId }));
  }
}
