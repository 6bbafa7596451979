import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  ENCOUNTER_CHANNELS,
  ENCOUNTER_OUTCOMES,
  ENCOUNTER_TOPICS,
  type EncounterChannel,
  type EncounterOutcome,
  type EncounterTopic,
} from '../../../domain/encounter/encounter';
import {
  MAX_ENCOUNTER_MINUTES,
  MAX_ENCOUNTER_NOTE_LENGTH,
} from '../../../domain/encounter/encounter-rules';
import type { RecordEncounterInput } from '../../../domain/encounter/record-encounter.use-case';

/** CL-5: one entry in the contact log. */
export class RecordEncounterRequestDto {
  @ApiProperty({
    description: 'When it took place (ISO 8601 with offset); not in the future.',
    example: '2026-11-23T10:00:00+01:00',
  })
  @IsISO8601({ strict: true })
  occurredAt!: string;

  @ApiProperty({
    description: 'Where and how (walk-and-talk is outdoors).',
    enum: ENCOUNTER_CHANNELS,
    example: 'home-visit',
  })
  @IsIn(ENCOUNTER_CHANNELS)
  channel!: EncounterChannel;

  @ApiProperty({ description: 'Did it take place?', enum: ENCOUNTER_OUTCOMES, example: 'attended' })
  @IsIn(ENCOUNTER_OUTCOMES)
  outcome!: EncounterOutcome;

  @ApiProperty({
    type: Number,
    description: 'Minutes; required when attended, left out otherwise.',
    required: false,
    nullable: true,
    minimum: 1,
    maximum: MAX_ENCOUNTER_MINUTES,
    example: 60,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ENCOUNTER_MINUTES)
  durationMinutes?: number | null;

  @ApiProperty({
    description: 'What was talked about.',
    enum: ENCOUNTER_TOPICS,
    isArray: true,
    required: false,
    example: ['housing', 'infection-control'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ENCOUNTER_TOPICS.length)
  @IsIn(ENCOUNTER_TOPICS, { each: true })
  topics?: EncounterTopic[];

  @ApiProperty({
    type: String,
    description: 'Short note.',
    required: false,
    nullable: true,
    maxLength: MAX_ENCOUNTER_NOTE_LENGTH,
    example: 'Fridge empty; food bag delivered.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ENCOUNTER_NOTE_LENGTH)
  note?: string | null;

  @ApiProperty({
    type: String,
    description: 'The client’s vedtak whose hours this uses; it must be valid that day.',
    required: false,
    nullable: true,
    format: 'uuid',
    example: '9a3f6f1d-0e7c-4b21-8a8e-5f0c2d7e2b1c',
  })
  @IsOptional()
  @IsUUID()
  vedtakId?: string | null;

  @ApiProperty({
    description:
      'The service the encounter belongs to. The crisis level in force applies that service’s rules; without one, the level’s rule for all services.',
    required: false,
    nullable: true,
    type: String,
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  @IsOptional()
  @IsUUID()
  serviceId?: string | null;

  entry(): Omit<RecordEncounterInput, 'actor' | 'clientId' | 'breakGlassReason'> {
    return {
      occurredAt: new Date(this.occurredAt),
      channel: this.channel,
      outcome: this.outcome,
      durationMinutes: this.durationMinutes ?? null,
      topics: this.topics ?? [],
      note: this.note ?? null,
      vedtakId: this.vedtakId ?? null,
      serviceId: this.serviceId ?? null,
    };
  }
}
