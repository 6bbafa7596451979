import { Body, Controller, Get, Header, HttpCode, Post, Query, UseFilters } from '@nestjs/common';
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
  ApiProblemResponses,
  Authorize,
  BreakGlassReason,
  CurrentActor,
  Idempotent,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { CorrectDispensing } from '../../domain/dispensing/correct-dispensing.use-case';
import { ExportMedicationDispense } from '../../domain/dispensing/export-medication-dispense.use-case';
import { GetDailyDispensingList } from '../../domain/dispensing/get-daily-dispensing-list.use-case';
import type { FhirMedicationDispense } from '../../domain/dispensing/medication-dispense.fhir';
import { VoidDispensing } from '../../domain/dispensing/void-dispensing.use-case';
import { ServicesErrorFilter } from '../services-error.filter';
import { ServicesPolicies } from '../shared/policies';
import { optionalDate } from '../shared/timestamps';
import {
  DailyDispensingListDto,
  DailyDispensingListQueryDto,
} from './dto/daily-dispensing-list.dto';
import {
  CorrectDispensingRequestDto,
  DispensingCorrectionDto,
  DispensingDto,
  VoidDispensingRequestDto,
} from './dto/dispensing.dto';
import { FhirMedicationDispenseDto } from './dto/fhir-medication-dispense.dto';

/** Corrections, voids and FHIR export of dispensings, and the daily dispensing list (SV-4). */
@ApiTags('dispensing')
@Controller('v1/dispensing')
@UseFilters(ServicesErrorFilter)
export class DispensingsController {
  constructor(
    private readonly correctDispensing: CorrectDispensing,
    private readonly voidDispensing: VoidDispensing,
    private readonly exportMedicationDispense: ExportMedicationDispense,
    private readonly getDailyDispensingList: GetDailyDispensingList,
  ) {}

  @Post('dispensings/:eventId/correction')
  @Authorize(ServicesPolicies.careWork)
  @Idempotent()
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'correctDispensing',
    summary:
      'Correct a dispensing: it is voided with the reason and a new dispensing records what really happened.',
  })
  @ApiCreatedResponse({ type: DispensingCorrectionDto })
  @ApiProblemResponses(400, 404, 409, 422)
  async correct(
    @CurrentActor() actor: Actor,
    @UuidParam('eventId') eventId: string,
    @Body() body: CorrectDispensingRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<DispensingCorrectionDto> {
    const result = await this.correctDispensing.execute({
      actor,
      eventId,
      reason: body.reason,
      channel: body.channel,
      doseMg: body.doseMg,
      dispensedAt: optionalDate(body.dispensedAt),
      breakGlassReason,
    });
    return DispensingCorrectionDto.from(result);
  }

  @Post('dispensings/:eventId/void')
  @HttpCode(200)
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'voidDispensing',
    summary: 'Void a dispensing that did not happen; it is kept with the reason.',
  })
  @ApiOkResponse({ type: DispensingDto })
  @ApiProblemResponses(400, 404, 409)
  async void(
    @CurrentActor() actor: Actor,
    @UuidParam('eventId') eventId: string,
    @Body() body: VoidDispensingRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<DispensingDto> {
    return DispensingDto.from(
      await this.voidDispensing.execute({ actor, eventId, reason: body.reason, breakGlassReason }),
    );
  }

  @Get('dispensings/:eventId/fhir')
  @Authorize(ServicesPolicies.careWork)
  @Header('Content-Type', 'application/fhir+json')
  @ApiProduces('application/fhir+json')
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'exportDispensingFhir',
    summary: 'The dispensing as a FHIR R4 MedicationDispense (audited as an export).',
  })
  @ApiOkResponse({ type: FhirMedicationDispenseDto })
  @ApiProblemResponses(400, 404)
  async fhir(
    @CurrentActor() actor: Actor,
    @UuidParam('eventId') eventId: string,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<FhirMedicationDispense> {
    return this.exportMedicationDispense.execute({ actor, eventId, breakGlassReason });
  }

  @Get('daily-list')
  @Authorize(ServicesPolicies.careWork)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'getDailyDispensingList',
    summary:
      'The day’s dispensing list of a place: who is due, who has had their dose, who is missing.',
    description:
      'For the team that runs the service (or with a break-glass reason). Without pharmacyId, the centre’s list, temporary transfers included.',
  })
  @ApiOkResponse({ type: DailyDispensingListDto })
  @ApiProblemResponses(400, 404, 422)
  async dailyList(
    @CurrentActor() actor: Actor,
    @Query() query: DailyDispensingListQueryDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<DailyDispensingListDto> {
    const list = await this.getDailyDispensingList.execute({
      actor,
      serviceId: query.serviceId,
      day: query.date,
      pharmacyId: query.pharmacyId,
      breakGlassReason,
    });
    return DailyDispensingListDto.from(list);
  }
}
