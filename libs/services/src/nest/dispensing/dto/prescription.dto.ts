import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Max,
  MaxLength,
} from 'class-validator';
import { PageOf, PageQueryDto } from '@lavterskel/kernel/nest';
import type { PrescriptionWithTransfers } from '../../../domain/dispensing/get-prescription.use-case';
import {
  LAR_MEDICATION_NAMES,
  type DispensingPlace,
  type LarMedication,
  type Prescription,
  type PrescriptionTransfer,
} from '../../../domain/dispensing/prescription';
import { IsCalendarDate } from '../../shared/validators';

export class CreatePrescriptionRequestDto {
  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsUUID()
  clientId!: string;

  @ApiProperty({
    description:
      'The municipal service that follows the client up and runs the centre’s dispensing.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  @IsUUID()
  serviceId!: string;

  @ApiProperty({
    description: 'The LAR medication.',
    enum: LAR_MEDICATION_NAMES,
    example: 'methadone',
  })
  @IsIn(LAR_MEDICATION_NAMES)
  medication!: LarMedication;

  @ApiProperty({
    description: 'Daily dose in milligrams.',
    example: 60,
    minimum: 0,
    exclusiveMinimum: true,
    maximum: 1000,
  })
  @IsNumber({ maxDecimalPlaces: 3 })
  @IsPositive()
  @Max(1000)
  dailyDoseMg!: number;

  @ApiProperty({ description: 'First day of the prescription.', example: '2026-11-01' })
  @IsCalendarDate()
  validFrom!: string;

  @ApiPropertyOptional({
    description: 'Last day; left out or null while the prescriber has set no end.',
    example: '2027-04-30',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsCalendarDate()
  validTo?: string | null;

  @ApiPropertyOptional({
    description:
      'The pharmacy (a partner of kind pharmacy) that hands out the dose; left out or null: the service’s own centre.',
    format: 'uuid',
    example: 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsUUID()
  pharmacyId?: string | null;

  @ApiProperty({ description: 'Who prescribed it.', example: 'LAR physician, TSB Telemark' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  prescriber!: string;
}

export class ClientPrescriptionsQueryDto extends PageQueryDto {
  @ApiProperty({
    description: 'The client whose prescriptions to list.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsUUID()
  clientId!: string;
}

export class DispensingPlaceDto {
  @ApiProperty({
    description: 'At the service’s centre or at a pharmacy.',
    enum: ['centre', 'pharmacy'],
    example: 'pharmacy',
  })
  kind!: 'centre' | 'pharmacy';

  @ApiProperty({
    description: 'The pharmacy, for kind pharmacy.',
    format: 'uuid',
    example: 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60',
    nullable: true,
    type: String,
  })
  pharmacyId!: string | null;

  static from(place: DispensingPlace): DispensingPlaceDto {
    return place.kind === 'pharmacy'
      ? { kind: 'pharmacy', pharmacyId: place.pharmacyId }
      : { kind: 'centre', pharmacyId: null };
  }
}

export class PrescriptionDto {
  @ApiProperty({
    description: 'Prescription id.',
    format: 'uuid',
    example: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  })
  id!: string;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string;

  @ApiProperty({
    description: 'The service that follows the client up.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string;

  @ApiProperty({
    description: 'The LAR medication.',
    enum: LAR_MEDICATION_NAMES,
    example: 'methadone',
  })
  medication!: LarMedication;

  @ApiProperty({ description: 'Daily dose in milligrams.', example: 60 })
  dailyDoseMg!: number;

  @ApiProperty({ description: 'First day.', example: '2026-11-01' })
  validFrom!: string;

  @ApiProperty({
    description: 'Last day; null while open.',
    example: '2027-04-30',
    nullable: true,
    type: String,
  })
  validTo!: string | null;

  @ApiProperty({
    description: 'Where the dose is handed out (outside temporary transfers).',
    type: DispensingPlaceDto,
  })
  place!: DispensingPlaceDto;

  @ApiProperty({ description: 'Who prescribed it.', example: 'LAR physician, TSB Telemark' })
  prescriber!: string;

  @ApiProperty({ description: 'Who registered it.', example: 'nurse-anne' })
  createdBy!: string;

  @ApiProperty({ description: 'When it was registered.', example: '2026-11-01T08:00:00.000Z' })
  createdAt!: string;

  static from(prescription: Prescription): PrescriptionDto {
    const {
      id,
      clientId,
      serviceId,
      medication,
      dailyDoseMg,
      validFrom,
      validTo,
      prescriber,
      createdBy,
    } = prescription;
    return {
      id,
      clientId,
      serviceId,
      medication,
      dailyDoseMg,
      validFrom,
      validTo,
      place: DispensingPlaceDto.from(prescription.place),
      prescriber,
      createdBy,
      createdAt: prescription.createdAt.toISOString(),
    };
  }
}

export class PrescriptionPageDto extends PageOf(PrescriptionDto) {}

export class TransferPrescriptionRequestDto {
  @ApiProperty({ description: 'First day at the centre.', example: '2026-11-23' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({
    description: 'Last day at the centre; a transfer always ends.',
    example: '2026-12-06',
  })
  @IsCalendarDate()
  until!: string;

  @ApiProperty({
    description: 'Why.',
    example: 'Pharmacy closed LAR dispensing during the outbreak',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class PrescriptionTransferDto {
  @ApiProperty({
    description: 'Transfer id.',
    format: 'uuid',
    example: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
  })
  id!: string;

  @ApiProperty({
    description: 'The prescription.',
    format: 'uuid',
    example: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  })
  prescriptionId!: string;

  @ApiProperty({ description: 'First day at the centre.', example: '2026-11-23' })
  from!: string;

  @ApiProperty({ description: 'Last day at the centre.', example: '2026-12-06' })
  until!: string;

  @ApiProperty({
    description: 'Why.',
    example: 'Pharmacy closed LAR dispensing during the outbreak',
  })
  reason!: string;

  @ApiProperty({ description: 'Who registered it.', example: 'nurse-anne' })
  createdBy!: string;

  static from(transfer: PrescriptionTransfer): PrescriptionTransferDto {
    const { id, prescriptionId, from, until, reason, createdBy } = transfer;
    return { id, prescriptionId, from, until, reason, createdBy };
  }
}

export class PrescriptionDetailDto extends PrescriptionDto {
  @ApiProperty({
    description: 'Temporary transfers to the centre, earliest first.',
    type: [PrescriptionTransferDto],
  })
  transfers!: PrescriptionTransferDto[];

  static fromDetail(detail: PrescriptionWithTransfers): PrescriptionDetailDto {
    return {
      ...PrescriptionDto.from(detail.prescription),
      transfers: detail.transfers.map(PrescriptionTransferDto.from),
    };
  }
}
