import { Body, Controller, Get, Post, Query, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiBreakGlassHeader,
  ApiProblemResponses,
  Authorize,
  BreakGlassReason,
  CurrentActor,
  Idempotent,
  PageQueryDto,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { CreatePrescription } from '../../domain/dispensing/create-prescription.use-case';
import { GetPrescription } from '../../domain/dispensing/get-prescription.use-case';
import { ListClientPrescriptions } from '../../domain/dispensing/list-client-prescriptions.use-case';
import { ListDispensings } from '../../domain/dispensing/list-dispensings.use-case';
import { RecordDispensing } from '../../domain/dispensing/record-dispensing.use-case';
import { TransferPrescription } from '../../domain/dispensing/transfer-prescription.use-case';
import { ServicesErrorFilter } from '../services-error.filter';
import { pageBody } from '../shared/page';
import { ServicesPolicies } from '../shared/policies';
import { optionalDate } from '../shared/timestamps';
import { DispensingDto, DispensingPageDto, RecordDispensingRequestDto } from './dto/dispensing.dto';
import {
  ClientPrescriptionsQueryDto,
  CreatePrescriptionRequestDto,
  PrescriptionDetailDto,
  PrescriptionDto,
  PrescriptionPageDto,
  PrescriptionTransferDto,
  TransferPrescriptionRequestDto,
} from './dto/prescription.dto';

/** LAR prescriptions (SV-4), their temporary transfers and their dispensings. Need-to-know on every route. */
@ApiTags('dispensing')
@Controller('v1/dispensing/prescriptions')
@UseFilters(ServicesErrorFilter)
export class PrescriptionsController {
  constructor(
    private readonly createPrescription: CreatePrescription,
    private readonly listClientPrescriptions: ListClientPrescriptions,
    private readonly getPrescription: GetPrescription,
    private readonly transferPrescription: TransferPrescription,
    private readonly recordDispensing: RecordDispensing,
    private readonly listDispensings: ListDispensings,
  ) {}

  @Post()
  @Authorize(ServicesPolicies.careWork)
  @Idempotent()
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'createPrescription',
    summary: 'Register a client’s LAR prescription with the service that follows them up.',
  })
  @ApiCreatedResponse({ type: PrescriptionDto })
  @ApiProblemResponses(400, 404, 422)
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreatePrescriptionRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<PrescriptionDto> {
    const { pharmacyId, validTo, ...details } = body;
    const prescription = await this.createPrescription.execute({
      actor,
      ...details,
      validTo: validTo ?? null,
      place: pharmacyId ? { kind: 'pharmacy', pharmacyId } : { kind: 'centre' },
      breakGlassReason,
    });
    return PrescriptionDto.from(prescription);
  }

  @Get()
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'listPrescriptions',
    summary: 'A client’s LAR prescriptions, newest first.',
  })
  @ApiOkResponse({ type: PrescriptionPageDto })
  @ApiProblemResponses(400, 404)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ClientPrescriptionsQueryDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<PrescriptionPageDto> {
    const { clientId, ...page } = query;
    return pageBody(
      await this.listClientPrescriptions.execute({ actor, clientId, breakGlassReason, page }),
      PrescriptionDto.from,
    );
  }

  @Get(':prescriptionId')
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'getPrescription',
    summary: 'One prescription with its temporary transfers.',
  })
  @ApiOkResponse({ type: PrescriptionDetailDto })
  @ApiProblemResponses(400, 404)
  async get(
    @CurrentActor() actor: Actor,
    @UuidParam('prescriptionId') prescriptionId: string,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<PrescriptionDetailDto> {
    return PrescriptionDetailDto.fromDetail(
      await this.getPrescription.execute({ actor, prescriptionId, breakGlassReason }),
    );
  }

  @Post(':prescriptionId/transfers')
  @Authorize(ServicesPolicies.careWork)
  @Idempotent()
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'transferPrescription',
    summary: 'Move the dispensing from the client’s pharmacy to the centre until an end date.',
  })
  @ApiCreatedResponse({ type: PrescriptionTransferDto })
  @ApiProblemResponses(400, 404, 409, 422)
  async transfer(
    @CurrentActor() actor: Actor,
    @UuidParam('prescriptionId') prescriptionId: string,
    @Body() body: TransferPrescriptionRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<PrescriptionTransferDto> {
    return PrescriptionTransferDto.from(
      await this.transferPrescription.execute({ actor, prescriptionId, ...body, breakGlassReason }),
    );
  }

  @Post(':prescriptionId/dispensings')
  @Authorize(ServicesPolicies.careWork)
  @Idempotent()
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'recordDispensing',
    summary: 'Record that the client got their daily dose.',
    description:
      'At most one dispensing per prescription and Oslo day, enforced by the database: a second one, even at the same moment, is a 409 services.already-dispensed. Correct a wrong one with its correction route. A channel the crisis level in force does not allow (e.g. only the hatch) is a 409 services.refused-by-crisis-policy naming the rule and the level.',
  })
  @ApiCreatedResponse({ type: DispensingDto })
  @ApiProblemResponses(400, 404, 409, 422)
  async dispense(
    @CurrentActor() actor: Actor,
    @UuidParam('prescriptionId') prescriptionId: string,
    @Body() body: RecordDispensingRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<DispensingDto> {
    const event = await this.recordDispensing.execute({
      actor,
      prescriptionId,
      channel: body.channel,
      doseMg: body.doseMg,
      dispensedAt: optionalDate(body.dispensedAt),
      breakGlassReason,
    });
    return DispensingDto.from(event);
  }

  @Get(':prescriptionId/dispensings')
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'listDispensings',
    summary: 'The prescription’s dispensings, voided and corrected ones included, newest first.',
  })
  @ApiOkResponse({ type: DispensingPageDto })
  @ApiProblemResponses(400, 404)
  async dispensings(
    @CurrentActor() actor: Actor,
    @UuidParam('prescriptionId') prescriptionId: string,
    @Query() query: PageQueryDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<DispensingPageDto> {
    return pageBody(
      await this.listDispensings.execute({ actor, prescriptionId, breakGlassReason, page: query }),
      DispensingDto.from,
    );
  }
}
