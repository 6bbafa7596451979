import { Body, Controller, Get, Post, Query, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiProblemResponses,
  Authorize,
  CurrentActor,
  Idempotent,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { GetPartner } from '../../domain/partners/get-partner.use-case';
import { ListPartners } from '../../domain/partners/list-partners.use-case';
import { RegisterPartner } from '../../domain/partners/register-partner.use-case';
import { ServicesErrorFilter } from '../services-error.filter';
import { pageBody } from '../shared/page';
import { ServicesPolicies } from '../shared/policies';
import { ListPartnersQueryDto, PartnerDto, PartnerPageDto } from './dto/partner.response.dto';
import { RegisterPartnerRequestDto } from './dto/register-partner.request.dto';

/** Partner organisations (SV-7). Mounted before the catalogue so `/v1/services/partners` is not read as a service id. */
@ApiTags('partners')
@Controller('v1/services/partners')
@UseFilters(ServicesErrorFilter)
export class PartnersController {
  constructor(
    private readonly registerPartner: RegisterPartner,
    private readonly listPartners: ListPartners,
    private readonly getPartner: GetPartner,
  ) {}

  @Post()
  @Authorize(ServicesPolicies.manage)
  @Idempotent()
  @ApiOperation({
    operationId: 'registerPartner',
    summary: 'Register a partner organisation: an NGO, DPS/TSB, NAV, a pharmacy, a GP …',
  })
  @ApiCreatedResponse({ type: PartnerDto })
  @ApiProblemResponses(400, 409)
  async register(
    @CurrentActor() actor: Actor,
    @Body() body: RegisterPartnerRequestDto,
  ): Promise<PartnerDto> {
    const partner = await this.registerPartner.execute({
      actor,
      name: body.name,
      kind: body.kind,
      organisationNumber: body.organisationNumber ?? null,
      phone: body.phone ?? null,
      email: body.email ?? null,
    });
    return PartnerDto.from(partner);
  }

  @Get()
  @Authorize(ServicesPolicies.readCatalogue)
  @ApiOperation({
    operationId: 'listPartners',
    summary: 'List partner organisations by name, optionally of one kind.',
  })
  @ApiOkResponse({ type: PartnerPageDto })
  @ApiProblemResponses(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListPartnersQueryDto,
  ): Promise<PartnerPageDto> {
    return pageBody(await this.listPartners.execute({ actor, ...query }), PartnerDto.from);
  }

  @Get(':partnerId')
  @Authorize(ServicesPolicies.readCatalogue)
  @ApiOperation({ operationId: 'getPartner', summary: 'Get one partner organisation.' })
  @ApiOkResponse({ type: PartnerDto })
  @ApiProblemResponses(400, 404)
  async get(
    @CurrentActor() actor: Actor,
    @UuidParam('partnerId') partnerId: string,
  ): Promise<PartnerDto> {
    return PartnerDto.from(await this.getPartner.execute({ actor, partnerId }));
  }
}
