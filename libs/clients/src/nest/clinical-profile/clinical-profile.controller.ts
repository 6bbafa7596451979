import { Body, Controller, Get, Post, Put, Res, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  UuidParam,
} from '@lavterskel/kernel/nest';
import { CreateClinicalProfile } from '../../domain/clinical-profile/create-clinical-profile.use-case';
import { GetClinicalProfile } from '../../domain/clinical-profile/get-clinical-profile.use-case';
import { UpdateClinicalProfile } from '../../domain/clinical-profile/update-clinical-profile.use-case';
import { ClientsErrorFilter } from '../clients-error.filter';
import { sendVersion, type HttpResponse } from '../http/http-response';
import { FOLLOW_UP_STAFF } from '../http/policies';
import { ClinicalProfileRequestDto } from './dto/clinical-profile.request.dto';
import { ClinicalProfileDto } from './dto/clinical-profile.response.dto';

/** CL-11: the client's minimal clinical profile. */
@ApiTags('clients: follow-up')
@Controller('v1/clients/:clientId/clinical-profile')
@Authorize(FOLLOW_UP_STAFF)
@UseFilters(ClientsErrorFilter)
export class ClinicalProfileController {
  constructor(
    private readonly createProfile: CreateClinicalProfile,
    private readonly getProfile: GetClinicalProfile,
    private readonly updateProfile: UpdateClinicalProfile,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    operationId: 'createClinicalProfile',
    summary: 'Record the client’s clinical profile',
    description:
      'A client has one profile; a second is a 409 (update it instead). Diagnoses only with the purpose the service needs them for.',
  })
  @ApiBreakGlassHeader()
  @ApiCreatedResponse({ type: ClinicalProfileDto, description: 'Made; `ETag` is its version.' })
  @ApiProblemResponses(400, 404, 409)
  async create(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Body() body: ClinicalProfileRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<ClinicalProfileDto> {
    const profile = await this.createProfile.execute({
      actor,
      clientId,
      breakGlassReason,
      ...body.content(),
    });
    sendVersion(response, profile.version);
    return ClinicalProfileDto.from(profile);
  }

  @Get()
  @ApiOperation({
    operationId: 'getClinicalProfile',
    summary: 'Read the client’s clinical profile',
    description: '404 when none is recorded.',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: ClinicalProfileDto, description: 'The profile; `ETag` is its version.' })
  @ApiProblemResponses(400, 404)
  async read(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<ClinicalProfileDto> {
    const profile = await this.getProfile.execute({ actor, clientId, breakGlassReason });
    sendVersion(response, profile.version);
    return ClinicalProfileDto.from(profile);
  }

  @Put()
  @ApiOperation({
    operationId: 'replaceClinicalProfile',
    summary: 'Replace the client’s clinical profile',
  })
  @ApiBreakGlassHeader()
  @ApiIfMatch()
  @ApiOkResponse({
    type: ClinicalProfileDto,
    description: 'The new profile; `ETag` is its version.',
  })
  @ApiProblemResponses(400, 404)
  async replace(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: ClinicalProfileRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<ClinicalProfileDto> {
    const profile = await this.updateProfile.execute({
      actor,
      clientId,
      breakGlassReason,
      expectedVersion,
      ...body.content(),
    });
    sendVersion(response, profile.version);
    return ClinicalProfileDto.from(profile);
  }
}
