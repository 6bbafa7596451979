import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { PageOf } from '@lavterskel/kernel/nest';
import type { CooperationMeeting } from '../../../domain/partners/cooperation-meeting';
import {
  ESCALATION_STATUSES,
  type Escalation,
  type EscalationStatus,
} from '../../../domain/partners/escalation';
import { IsCalendarDate } from '../../shared/validators';

export class RecordCooperationMeetingRequestDto {
  @ApiProperty({ description: 'The day of the meeting.', example: '2026-11-20' })
  @IsCalendarDate()
  heldOn!: string;

  @ApiProperty({
    description: 'Partners who took part.',
    type: [String],
    format: 'uuid',
    example: ['7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  partnerIds!: string[];

  @ApiProperty({
    description: 'Topic.',
    example: 'Food bags to temporary housing during the outbreak',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  topic!: string;

  @ApiProperty({
    description: 'What was agreed (no client names: a client’s case is an escalation).',
    example: 'Bymisjonen delivers Tuesdays and Fridays; the municipality provides equipment.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  summary!: string;
}

export class CooperationMeetingDto {
  @ApiProperty({
    description: 'Meeting id.',
    format: 'uuid',
    example: 'c9d0e1f2-a3b4-4c5d-8e6f-7a8b9c0d1e2f',
  })
  id!: string;

  @ApiProperty({
    description: 'The service.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string;

  @ApiProperty({ description: 'The day.', example: '2026-11-20' })
  heldOn!: string;

  @ApiProperty({
    description: 'Partners who took part.',
    type: [String],
    example: ['7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7'],
  })
  partnerIds!: string[];

  @ApiProperty({
    description: 'Topic.',
    example: 'Food bags to temporary housing during the outbreak',
  })
  topic!: string;

  @ApiProperty({
    description: 'What was agreed.',
    example: 'Bymisjonen delivers Tuesdays and Fridays; the municipality provides equipment.',
  })
  summary!: string;

  @ApiProperty({ description: 'Who recorded it.', example: 'lead-per' })
  recordedBy!: string;

  static from(meeting: CooperationMeeting): CooperationMeetingDto {
    const { id, serviceId, heldOn, topic, summary, recordedBy } = meeting;
    return {
      id,
      serviceId,
      heldOn,
      partnerIds: [...meeting.partnerIds],
      topic,
      summary,
      recordedBy,
    };
  }
}

export class CooperationMeetingPageDto extends PageOf(CooperationMeetingDto) {}

export class EscalateCaseRequestDto {
  @ApiProperty({
    description: 'The client whose case is escalated.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsUUID()
  clientId!: string;

  @ApiProperty({ description: 'The forum meeting the case goes to.', example: '2026-12-03' })
  @IsCalendarDate()
  forumDate!: string;

  @ApiProperty({
    description: 'Why the case is escalated, with no more detail than the forum needs.',
    example: 'No housing offer after three months; services cannot agree who follows up',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  summary!: string;
}

export class RecordEscalationOutcomeRequestDto {
  @ApiProperty({
    description: 'What the forum decided.',
    example: 'NAV offers a flat from 1 January; the ROP team is primary contact',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  outcome!: string;

  @ApiPropertyOptional({
    description: 'The day of the decision; default today (Oslo).',
    example: '2026-12-03',
  })
  @IsOptional()
  @IsCalendarDate()
  decidedOn?: string;
}

export class EscalationDto {
  @ApiProperty({
    description: 'Escalation id.',
    format: 'uuid',
    example: 'd0e1f2a3-b4c5-4d6e-9f7a-8b9c0d1e2f3a',
  })
  id!: string;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string;

  @ApiProperty({
    description: 'The escalating service.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string;

  @ApiProperty({ description: 'The forum meeting.', example: '2026-12-03' })
  forumDate!: string;

  @ApiProperty({
    description: 'Why.',
    example: 'No housing offer after three months; services cannot agree who follows up',
  })
  summary!: string;

  @ApiProperty({
    description: 'open, or resolved once the outcome is recorded.',
    enum: ESCALATION_STATUSES,
    example: 'open',
  })
  status!: EscalationStatus;

  @ApiProperty({
    description: 'What the forum decided.',
    example: null,
    nullable: true,
    type: String,
  })
  outcome!: string | null;

  @ApiProperty({
    description: 'The day of the decision.',
    example: null,
    nullable: true,
    type: String,
  })
  decidedOn!: string | null;

  @ApiProperty({ description: 'Who escalated it.', example: 'nurse-anne' })
  createdBy!: string;

  @ApiProperty({
    description: 'Record version; send it as If-Match to record the outcome.',
    example: 1,
  })
  version!: number;

  static from(escalation: Escalation): EscalationDto {
    const {
      id,
      clientId,
      serviceId,
      forumDate,
      summary,
      status,
      outcome,
      decidedOn,
      createdBy,
      version,
    } = escalation;
    return {
      id,
      clientId,
      serviceId,
      forumDate,
      summary,
      status,
      outcome,
      decidedOn,
      createdBy,
      version,
    };
  }
}

export class EscalationPageDto extends PageOf(EscalationDto) {}
