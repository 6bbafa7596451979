import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import type { IntakeConversation } from '../../../domain/application/convert-application.use-case';
import {
  ENCOUNTER_TOPICS,
  INTAKE_CHANNELS,
  type EncounterTopic,
  type IntakeChannel,
} from '../../../domain/encounter/encounter';
import {
  MAX_ENCOUNTER_MINUTES,
  MAX_ENCOUNTER_NOTE_LENGTH,
} from '../../../domain/encounter/encounter-rules';

/** The intake conversation that reached the applicant. */
export class IntakeConversationRequestDto {
  @ApiProperty({
    description:
      'When it took place (ISO 8601 with offset); not before the application, not in the future.',
    example: '2026-11-23T13:00:00+01:00',
  })
  @IsISO8601({ strict: true })
  occurredAt!: string;

  @ApiProperty({
    description: 'By phone, at the office, or outdoors (walk-and-talk).',
    enum: INTAKE_CHANNELS,
    example: 'phone',
  })
  @IsIn(INTAKE_CHANNELS)
  channel!: IntakeChannel;

  @ApiProperty({ description: 'Minutes.', minimum: 1, maximum: MAX_ENCOUNTER_MINUTES, example: 40 })
  @IsInt()
  @Min(1)
  @Max(MAX_ENCOUNTER_MINUTES)
  durationMinutes!: number;

  @ApiProperty({
    description: 'What was talked about.',
    enum: ENCOUNTER_TOPICS,
    isArray: true,
    required: false,
    example: ['substance-use', 'housing'],
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
    example: 'Known from outreach; wants LAR.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ENCOUNTER_NOTE_LENGTH)
  note?: string | null;

  toDomain(): IntakeConversation {
    return {
      occurredAt: new Date(this.occurredAt),
      channel: this.channel,
      durationMinutes: this.durationMinutes,
      topics: this.topics ?? [],
      note: this.note ?? null,
    };
  }
}
