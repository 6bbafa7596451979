import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import {
  ENCOUNTER_CHANNELS,
  ENCOUNTER_OUTCOMES,
  ENCOUNTER_TOPICS,
  type Encounter,
  type EncounterChannel,
  type EncounterOutcome,
  type EncounterTopic,
} from '../../../domain/encounter/encounter';

/** CL-5: an entry in the contact log. */
export class EncounterDto {
  @ApiProperty({
    description: 'Id of the entry.',
    format: 'uuid',
    example: '1f2e0c9a-1111-4a52-9d0b-5f1f2e0c9a11',
  })
  id!: string;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '0b6c1f0e-5a0a-4f57-9c53-3d1b0a7e6c11',
  })
  clientId!: string;

  @ApiProperty({
    description: 'The service it belongs to; null when none was given.',
    nullable: true,
    type: String,
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string | null;

  @ApiProperty({ description: 'When it took place.', example: '2026-11-23T09:00:00.000Z' })
  occurredAt!: string;

  @ApiProperty({ description: 'Where and how.', enum: ENCOUNTER_CHANNELS, example: 'home-visit' })
  channel!: EncounterChannel;

  @ApiProperty({ description: 'Did it take place?', enum: ENCOUNTER_OUTCOMES, example: 'attended' })
  outcome!: EncounterOutcome;

  @ApiProperty({
    description: 'Minutes, when attended.',
    nullable: true,
    type: Number,
    example: 60,
  })
  durationMinutes!: number | null;

  @ApiProperty({
    description: 'Topics.',
    enum: ENCOUNTER_TOPICS,
    isArray: true,
    example: ['housing'],
  })
  topics!: EncounterTopic[];

  @ApiProperty({
    description: 'Note.',
    nullable: true,
    type: String,
    example: 'Food bag delivered.',
  })
  note!: string | null;

  @ApiProperty({
    description: 'The vedtak whose hours it uses.',
    nullable: true,
    type: String,
    format: 'uuid',
    example: null,
  })
  vedtakId!: string | null;

  @ApiProperty({ description: 'The intake conversation of a simple application.', example: false })
  intake!: boolean;

  @ApiProperty({ description: 'Who logged it.', example: 'nurse-anne' })
  recordedBy!: string;

  @ApiProperty({ description: 'When it was logged.', example: '2026-11-23T11:00:00.000Z' })
  recordedAt!: string;

  static from(encounter: Encounter): EncounterDto {
    // Field by field, never spread: the record may carry more than the documented response.
    return {
      id: encounter.id,
      clientId: encounter.clientId,
      serviceId: encounter.serviceId,
      occurredAt: encounter.occurredAt.toISOString(),
      channel: encounter.channel,
      outcome: encounter.outcome,
      durationMinutes: encounter.durationMinutes,
      topics: [...encounter.topics],
      note: encounter.note,
      vedtakId: encounter.vedtakId,
      intake: encounter.intake,
      recordedBy: encounter.recordedBy,
      recordedAt: encounter.recordedAt.toISOString(),
    };
  }
}

export class EncounterPageDto extends PageOf(EncounterDto) {}
