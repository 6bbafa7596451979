import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import type {
  DailyDispensingList,
  DailyListEntry,
} from '../../../domain/dispensing/daily-dispensing-list';
import { LAR_MEDICATION_NAMES, type LarMedication } from '../../../domain/dispensing/prescription';
import { IsCalendarDate } from '../../shared/validators';
import { DispensingDto } from './dispensing.dto';
import { DispensingPlaceDto } from './prescription.dto';

export class DailyDispensingListQueryDto {
  @ApiProperty({
    description: 'The service whose clients are listed.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  @IsUUID()
  serviceId!: string;

  @ApiProperty({ description: 'The day (Oslo).', example: '2026-11-23' })
  @IsCalendarDate()
  date!: string;

  @ApiPropertyOptional({
    description: 'A pharmacy’s list; left out: the centre’s own list.',
    format: 'uuid',
    example: '7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7',
  })
  @IsOptional()
  @IsUUID()
  pharmacyId?: string;
}

export class DailyListEntryDto {
  @ApiProperty({
    description: 'The prescription.',
    format: 'uuid',
    example: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  })
  prescriptionId!: string;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string;

  @ApiProperty({ description: 'The medication.', enum: LAR_MEDICATION_NAMES, example: 'methadone' })
  medication!: LarMedication;

  @ApiProperty({ description: 'Daily dose in milligrams.', example: 60 })
  dailyDoseMg!: number;

  @ApiProperty({
    description: 'The day’s dispensing; null while missing.',
    type: DispensingDto,
    nullable: true,
  })
  dispensing!: DispensingDto | null;

  static from(entry: DailyListEntry): DailyListEntryDto {
    const { id, clientId, medication, dailyDoseMg } = entry.prescription;
    return {
      prescriptionId: id,
      clientId,
      medication,
      dailyDoseMg,
      dispensing: entry.dispensing && DispensingDto.from(entry.dispensing),
    };
  }
}

export class DailyListCountsDto {
  @ApiProperty({ description: 'Clients due at this place today.', example: 12 })
  due!: number;

  @ApiProperty({ description: 'Of those, who has had their dose.', example: 9 })
  dispensed!: number;

  @ApiProperty({ description: 'Of those, who is still missing.', example: 3 })
  missing!: number;
}

export class DailyDispensingListDto {
  @ApiProperty({ description: 'The day (Oslo).', example: '2026-11-23' })
  day!: string;

  @ApiProperty({ description: 'The place the list is for.', type: DispensingPlaceDto })
  place!: DispensingPlaceDto;

  @ApiProperty({ description: 'Counts.', type: DailyListCountsDto })
  counts!: DailyListCountsDto;

  @ApiProperty({ description: 'Who has had their dose today.', type: [DailyListEntryDto] })
  dispensed!: DailyListEntryDto[];

  @ApiProperty({ description: 'Who is due and has not had it yet.', type: [DailyListEntryDto] })
  missing!: DailyListEntryDto[];

  static from(list: DailyDispensingList): DailyDispensingListDto {
    const dispensed = list.dispensed.map(DailyListEntryDto.from);
    const missing = list.missing.map(DailyListEntryDto.from);
    return {
      day: list.day,
      place: DispensingPlaceDto.from(list.place),
      counts: {
        due: dispensed.length + missing.length,
        dispensed: dispensed.length,
        missing: missing.length,
      },
      dispensed,
      missing,
    };
  }
}
