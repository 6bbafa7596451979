import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import type { ServiceFeedbackSummary } from '../../../domain/feedback/get-service-feedback-summary.use-case';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ServiceFeedbackSummaryQueryDto {
  @ApiProperty({
    description: 'The service.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  @IsUUID()
  serviceId!: string;

  @ApiPropertyOptional({ description: 'From this Oslo day, YYYY-MM-DD.', example: '2026-09-01' })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'from must be a date, YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({
    description: 'To this Oslo day (included), YYYY-MM-DD.',
    example: '2026-11-30',
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'to must be a date, YYYY-MM-DD' })
  to?: string;
}

/** KOR/FIT per service: counts only, no client named. */
export class ServiceFeedbackSummaryDto {
  @ApiProperty({
    description: 'The service.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string;

  @ApiProperty({
    description: 'From this Oslo day; null when open.',
    type: String,
    nullable: true,
    example: '2026-09-01',
  })
  from!: string | null;

  @ApiProperty({
    description: 'To this Oslo day; null when open.',
    type: String,
    nullable: true,
    example: '2026-11-30',
  })
  to!: string | null;

  @ApiProperty({ description: 'Attended encounters of the service in the period.', example: 120 })
  sessions!: number;

  @ApiProperty({ description: 'Of those, the ones with an ORS or SRS form.', example: 87 })
  sessionsWithFeedback!: number;

  @ApiProperty({
    description: 'sessionsWithFeedback ÷ sessions, 0–1; null without sessions.',
    type: Number,
    nullable: true,
    example: 0.725,
  })
  feedbackShare!: number | null;

  @ApiProperty({ description: 'Clients with two or more ORS forms in the period.', example: 23 })
  clientsWithRepeatedOrs!: number;

  @ApiProperty({
    description: 'Their mean ORS change (latest total − first); null when there is none.',
    type: Number,
    nullable: true,
    example: 4.3,
  })
  meanOrsChange!: number | null;

  static from(summary: ServiceFeedbackSummary): ServiceFeedbackSummaryDto {
    return { ...summary };
  }
}
