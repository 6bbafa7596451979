import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Max,
  MaxLength,
} from 'class-validator';
import { PageOf } from '@lavterskel/kernel/nest';
import type { DispensingCorrection } from '../../../domain/dispensing/correct-dispensing.use-case';
import {
  DISPENSING_CHANNELS,
  type DispensingChannel,
  type DispensingEvent,
} from '../../../domain/dispensing/dispensing-event';
import { IsTimestamp } from '../../shared/validators';

export class RecordDispensingRequestDto {
  @ApiProperty({
    description: 'How the dose reached the client.',
    enum: DISPENSING_CHANNELS,
    example: 'hatch',
  })
  @IsIn(DISPENSING_CHANNELS)
  channel!: DispensingChannel;

  @ApiPropertyOptional({
    description: 'Milligrams handed out; default the prescribed daily dose, never more.',
    example: 60,
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3 })
  @IsPositive()
  @Max(1000)
  doseMg?: number;

  @ApiPropertyOptional({
    description: 'When it was handed out; default now. Its Oslo day is the dispensing day.',
    example: '2026-11-23T09:15:00+01:00',
  })
  @IsOptional()
  @IsTimestamp()
  dispensedAt?: string;
}

export class CorrectDispensingRequestDto {
  @ApiProperty({
    description: 'What was wrong with the recorded dispensing; kept on the voided event.',
    example: 'Dose was 40 mg, registered as 60 mg',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;

  @ApiPropertyOptional({
    description: 'The real channel; default the recorded one.',
    enum: DISPENSING_CHANNELS,
    example: 'counter',
  })
  @IsOptional()
  @IsIn(DISPENSING_CHANNELS)
  channel?: DispensingChannel;

  @ApiPropertyOptional({
    description: 'The real dose in milligrams; default the recorded one.',
    example: 40,
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3 })
  @IsPositive()
  @Max(1000)
  doseMg?: number;

  @ApiPropertyOptional({
    description: 'The real time; default the recorded one.',
    example: '2026-11-23T09:15:00+01:00',
  })
  @IsOptional()
  @IsTimestamp()
  dispensedAt?: string;
}

export class VoidDispensingRequestDto {
  @ApiProperty({
    description: 'Why the dispensing did not happen as recorded.',
    example: 'Registered on the wrong client',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class DispensingVoidDto {
  @ApiProperty({ description: 'When it was voided.', example: '2026-11-23T10:00:00.000Z' })
  at!: string;

  @ApiProperty({ description: 'Who voided it.', example: 'nurse-anne' })
  by!: string;

  @ApiProperty({ description: 'Why.', example: 'Registered on the wrong client' })
  reason!: string;
}

export class DispensingDto {
  @ApiProperty({
    description: 'Dispensing id.',
    format: 'uuid',
    example: 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f',
  })
  id!: string;

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

  @ApiProperty({ description: 'The Oslo day of the dispensing.', example: '2026-11-23' })
  day!: string;

  @ApiProperty({ description: 'When it was handed out.', example: '2026-11-23T08:15:00.000Z' })
  dispensedAt!: string;

  @ApiProperty({ description: 'How.', enum: DISPENSING_CHANNELS, example: 'hatch' })
  channel!: DispensingChannel;

  @ApiProperty({ description: 'Milligrams handed out.', example: 60 })
  doseMg!: number;

  @ApiProperty({ description: 'Who handed it out.', example: 'nurse-anne' })
  dispensedBy!: string;

  @ApiProperty({
    description: 'The dispensing this one corrects.',
    format: 'uuid',
    example: null,
    nullable: true,
    type: String,
  })
  correctsEventId!: string | null;

  @ApiProperty({
    description:
      'Set when voided (by a correction or as a mistake); a voided dispensing does not count.',
    type: DispensingVoidDto,
    nullable: true,
  })
  voided!: DispensingVoidDto | null;

  static from(event: DispensingEvent): DispensingDto {
    const { id, prescriptionId, clientId, day, channel, doseMg, dispensedBy, correctsEventId } =
      event;
    return {
      id,
      prescriptionId,
      clientId,
      day,
      dispensedAt: event.dispensedAt.toISOString(),
      channel,
      doseMg,
      dispensedBy,
      correctsEventId,
      voided: event.voided && {
        at: event.voided.at.toISOString(),
        by: event.voided.by,
        reason: event.voided.reason,
      },
    };
  }
}

export class DispensingPageDto extends PageOf(DispensingDto) {}

export class DispensingCorrectionDto {
  @ApiProperty({ description: 'The corrected dispensing, now voided.', type: DispensingDto })
  voided!: DispensingDto;

  @ApiProperty({ description: 'The new dispensing that replaces it.', type: DispensingDto })
  correction!: DispensingDto;

  static from(result: DispensingCorrection): DispensingCorrectionDto {
    return {
      voided: DispensingDto.from(result.voided),
      correction: DispensingDto.from(result.correction),
    };
  }
}
