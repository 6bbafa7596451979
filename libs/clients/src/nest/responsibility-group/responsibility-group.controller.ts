import { Body, Controller, Get, Header, Post, Put, Res, UseFilters } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
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
  UuidParam,
} from '@lavterskel/kernel/nest';
import { CreateResponsibilityGroup } from '../../domain/responsibility-group/create-responsibility-group.use-case';
import { ExportResponsibilityGroupFhir } from '../../domain/responsibility-group/export-responsibility-group-fhir.use-case';
import { GetResponsibilityGroup } from '../../domain/responsibility-group/get-responsibility-group.use-case';
import { ReplaceResponsibilityGroup } from '../../domain/responsibility-group/replace-responsibility-group.use-case';
import { ClientsErrorFilter } from '../clients-error.filter';
import { sendVersion, type HttpResponse } from '../http/http-response';
import { FOLLOW_UP_STAFF } from '../http/policies';
import {
  FHIR_CARE_TEAM_CONTAINED,
  FhirCareTeamDto,
} from './dto/responsibility-group-fhir.response.dto';
import {
  CreateResponsibilityGroupRequestDto,
  ResponsibilityGroupRequestDto,
} from './dto/responsibility-group.request.dto';
import { ResponsibilityGroupDto } from './dto/responsibility-group.response.dto';

/** The client's responsibility group (ansvarsgruppe): its members, each for a period. */
@ApiTags('clients: follow-up')
@Controller('v1/clients/:clientId/responsibility-group')
@Authorize(FOLLOW_UP_STAFF)
@UseFilters(ClientsErrorFilter)
@ApiExtraModels(...FHIR_CARE_TEAM_CONTAINED)
export class ResponsibilityGroupController {
  constructor(
    private readonly createGroup: CreateResponsibilityGroup,
    private readonly getGroup: GetResponsibilityGroup,
    private readonly replaceGroup: ReplaceResponsibilityGroup,
    private readonly exportFhir: ExportResponsibilityGroupFhir,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    operationId: 'createResponsibilityGroup',
    summary: 'Form the client’s responsibility group',
    description:
      'One group per client (a second is 409 clients.responsibility-group-exists). Staff (exactly one the coordinator), external professionals by organisation, relatives and the client, each for a period. Each external member’s consent is asked of the consent library for every category the group discusses; a member without a permit is listed as `not-yet-consented`.',
  })
  @ApiBreakGlassHeader()
  @ApiCreatedResponse({
    type: ResponsibilityGroupDto,
    description: 'Formed; `ETag` is its version.',
  })
  @ApiProblemResponses(400, 404, 409)
  async create(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Body() body: CreateResponsibilityGroupRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<ResponsibilityGroupDto> {
    const group = await this.createGroup.execute({
      actor,
      clientId,
      breakGlassReason,
      ...body.entry(),
    });
    sendVersion(response, group.version);
    return ResponsibilityGroupDto.from(group);
  }

  @Get()
  @ApiOperation({
    operationId: 'getResponsibilityGroup',
    summary: 'Read the client’s responsibility group',
    description:
      'Each external member’s consent as last asked (at the last change or meeting); reading asks nothing anew. 404 when none is formed.',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: ResponsibilityGroupDto, description: 'The group; `ETag` is its version.' })
  @ApiProblemResponses(400, 404)
  async read(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<ResponsibilityGroupDto> {
    const group = await this.getGroup.execute({ actor, clientId, breakGlassReason });
    sendVersion(response, group.version);
    return ResponsibilityGroupDto.from(group);
  }

  @Put()
  @ApiOperation({
    operationId: 'replaceResponsibilityGroup',
    summary: 'Replace the group’s members and categories',
    description:
      'Existing memberships are named by id, new ones have none. Every external member still in the group is asked about anew.',
  })
  @ApiBreakGlassHeader()
  @ApiIfMatch()
  @ApiOkResponse({ type: ResponsibilityGroupDto, description: 'The group; `ETag` is its version.' })
  @ApiProblemResponses(400, 404, 412, 428)
  async replace(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: ResponsibilityGroupRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<ResponsibilityGroupDto> {
    const group = await this.replaceGroup.execute({
      actor,
      clientId,
      breakGlassReason,
      expectedVersion,
      ...body.entry(),
    });
    sendVersion(response, group.version);
    return ResponsibilityGroupDto.from(group);
  }

  @Get('fhir')
  @Header('Content-Type', 'application/fhir+json')
  @ApiOperation({
    operationId: 'exportResponsibilityGroupFhir',
    summary: 'Export the responsibility group as a FHIR R4 CareTeam (X-5)',
    description:
      'One participant per member with its role and period; external professionals and their organisations contained. Audited as an export.',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({
    type: FhirCareTeamDto,
    description: 'The CareTeam, as `application/fhir+json`.',
  })
  @ApiProblemResponses(400, 404)
  async fhir(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<FhirCareTeamDto> {
    return this.exportFhir.execute({ actor, clientId, breakGlassReason });
  }
}
