import {
  Body,
  Controller,
  Get,
  Header,
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
import { etagOf, type Actor } from '@lavterskel/kernel';
import {
  ApiProblemResponses,
  Authorize,
  CurrentActor,
  Idempotent,
  ApiIfMatch,
  IfMatchVersion,
  PageQueryDto,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { ChangeServiceMode } from '../../domain/catalogue/change-service-mode.use-case';
import { CreateService } from '../../domain/catalogue/create-service.use-case';
import { GetService } from '../../domain/catalogue/get-service.use-case';
import {
  toFhirHealthcareService,
  type FhirHealthcareService,
} from '../../domain/catalogue/healthcare-service.fhir';
import { ListModeChanges } from '../../domain/catalogue/list-mode-changes.use-case';
import { ListServices } from '../../domain/catalogue/list-services.use-case';
import { UpdateService } from '../../domain/catalogue/update-service.use-case';
import { FindAvailableStaff } from '../../domain/staff/find-available-staff.use-case';
import { ServicesErrorFilter } from '../services-error.filter';
import type { HeaderResponse } from '../shared/http';
import { pageBody } from '../shared/page';
import { ServicesPolicies } from '../shared/policies';
import { ChangeServiceModeRequestDto } from './dto/change-service-mode.request.dto';
import { CreateServiceRequestDto } from './dto/create-service.request.dto';
import { FhirHealthcareServiceDto } from './dto/fhir-healthcare-service.dto';
import { ListServicesQueryDto } from './dto/list-services.query.dto';
import {
  ServiceModeChangePageDto,
  ServiceModeChangeResultDto,
  ServiceModeChangeDto,
} from './dto/service-mode-change.response.dto';
import { ServiceDto, ServicePageDto } from './dto/service.response.dto';
import { ServiceStaffingDto, StaffingQueryDto } from './dto/staffing.dto';
import { UpdateServiceRequestDto } from './dto/update-service.request.dto';

/** The service catalogue (SV-1): services, their mode and its history, staffing, FHIR export. */
@ApiTags('services')
@Controller('v1/services')
@UseFilters(ServicesErrorFilter)
export class CatalogueController {
  constructor(
    private readonly createService: CreateService,
    private readonly updateService: UpdateService,
    private readonly getService: GetService,
    private readonly listServices: ListServices,
    private readonly changeServiceMode: ChangeServiceMode,
    private readonly listModeChanges: ListModeChanges,
    private readonly findAvailableStaff: FindAvailableStaff,
  ) {}

  @Post()
  @Authorize(ServicesPolicies.manage)
  @Idempotent()
  @ApiOperation({
    operationId: 'createService',
    summary: 'Add a service to the municipality’s catalogue. It starts open.',
  })
  @ApiCreatedResponse({ type: ServiceDto, description: 'The service; ETag carries its version.' })
  @ApiProblemResponses(400, 409, 422)
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateServiceRequestDto,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<ServiceDto> {
    const service = await this.createService.execute({
      actor,
      teamId: body.teamId,
      name: body.name,
      category: body.category,
      location: { name: body.location.name, address: body.location.address ?? null },
      openingHours: body.openingHours ?? [],
      capacity: body.capacity ?? null,
      critical: body.critical ?? false,
      requiredCompetencies: body.requiredCompetencies ?? [],
    });
    response.setHeader('ETag', etagOf(service.version));
    return ServiceDto.from(service);
  }

  @Get()
  @Authorize(ServicesPolicies.readCatalogue)
  @ApiOperation({
    operationId: 'listServices',
    summary: 'List the catalogue by name, optionally by category, criticality, team or mode.',
  })
  @ApiOkResponse({ type: ServicePageDto })
  @ApiProblemResponses(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListServicesQueryDto,
  ): Promise<ServicePageDto> {
    return pageBody(await this.listServices.execute({ actor, ...query }), ServiceDto.from);
  }

  @Get(':serviceId')
  @Authorize(ServicesPolicies.readCatalogue)
  @ApiOperation({
    operationId: 'getService',
    summary: 'Get one service; the ETag is its version, for If-Match.',
  })
  @ApiOkResponse({ type: ServiceDto })
  @ApiProblemResponses(400, 404)
  async get(
    @CurrentActor() actor: Actor,
    @UuidParam('serviceId') serviceId: string,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<ServiceDto> {
    const service = await this.getService.execute({ actor, serviceId });
    response.setHeader('ETag', etagOf(service.version));
    return ServiceDto.from(service);
  }

  @Patch(':serviceId')
  @Authorize(ServicesPolicies.manage)
  @ApiOperation({
    operationId: 'updateService',
    summary: 'Change a service’s details (not its mode). Needs If-Match with the ETag read.',
  })
  @ApiOkResponse({ type: ServiceDto })
  @ApiIfMatch()
  @ApiProblemResponses(400, 404, 409, 412, 422, 428)
  async update(
    @CurrentActor() actor: Actor,
    @UuidParam('serviceId') serviceId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: UpdateServiceRequestDto,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<ServiceDto> {
    const { location, ...changes } = body;
    const service = await this.updateService.execute({
      actor,
      serviceId,
      expectedVersion,
      changes: {
        ...changes,
        ...(location
          ? { location: { name: location.name, address: location.address ?? null } }
          : {}),
      },
    });
    response.setHeader('ETag', etagOf(service.version));
    return ServiceDto.from(service);
  }

  @Put(':serviceId/mode')
  @Authorize(ServicesPolicies.changeMode)
  @ApiOperation({
    operationId: 'changeServiceMode',
    summary:
      'Switch the service’s mode (open, reduced, remote, outdoor-only, delivery-only, closed), with the reason kept in its history.',
    description:
      'Needs If-Match with the ETag read. Setting the mode it already has changes nothing and writes no history.',
  })
  @ApiOkResponse({ type: ServiceModeChangeResultDto })
  @ApiIfMatch()
  @ApiProblemResponses(400, 404, 412, 428)
  async changeMode(
    @CurrentActor() actor: Actor,
    @UuidParam('serviceId') serviceId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: ChangeServiceModeRequestDto,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<ServiceModeChangeResultDto> {
    const result = await this.changeServiceMode.execute({
      actor,
      serviceId,
      expectedVersion,
      ...body,
    });
    response.setHeader('ETag', etagOf(result.service.version));
    return ServiceModeChangeResultDto.from(result);
  }

  @Get(':serviceId/mode-changes')
  @Authorize(ServicesPolicies.readCatalogue)
  @ApiOperation({
    operationId: 'listServiceModeChanges',
    summary: 'The service’s mode history, newest first: who, when, why.',
  })
  @ApiOkResponse({ type: ServiceModeChangePageDto })
  @ApiProblemResponses(400, 404)
  async modeChanges(
    @CurrentActor() actor: Actor,
    @UuidParam('serviceId') serviceId: string,
    @Query() query: PageQueryDto,
  ): Promise<ServiceModeChangePageDto> {
    return pageBody(
      await this.listModeChanges.execute({ actor, serviceId, page: query }),
      ServiceModeChangeDto.from,
    );
  }

  @Get(':serviceId/staffing')
  @Authorize(ServicesPolicies.staffing)
  @ApiOperation({
    operationId: 'getServiceStaffing',
    summary: 'Who is trained and available for the service on a day.',
    description:
      'Trained: holds every competency the service requires, valid that day (the service’s own team when it requires none). Available: on duty and not sick, quarantined or lent to a partner.',
  })
  @ApiOkResponse({ type: ServiceStaffingDto })
  @ApiProblemResponses(400, 404)
  async staffing(
    @CurrentActor() actor: Actor,
    @UuidParam('serviceId') serviceId: string,
    @Query() query: StaffingQueryDto,
  ): Promise<ServiceStaffingDto> {
    return ServiceStaffingDto.from(
      await this.findAvailableStaff.execute({ actor, serviceId, date: query.date }),
    );
  }

  @Get(':serviceId/fhir')
  @Authorize(ServicesPolicies.readCatalogue)
  @Header('Content-Type', 'application/fhir+json')
  @ApiProduces('application/fhir+json')
  @ApiOperation({
    operationId: 'exportServiceFhir',
    summary: 'The service as a FHIR R4 HealthcareService.',
  })
  @ApiOkResponse({ type: FhirHealthcareServiceDto })
  @ApiProblemResponses(400, 404)
  async fhir(
    @CurrentActor() actor: Actor,
    @UuidParam('serviceId') serviceId: string,
  ): Promise<FhirHealthcareService> {
    return toFhirHealthcareService(await this.getService.execute({ actor, serviceId }));
  }
}
