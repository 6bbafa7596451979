import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  AVAILABILITY_STATUSES,
  type AvailabilityPeriod,
  type AvailabilityStatus,
} from '../../../domain/staff/staff-member';
import { IsCalendarDate } from '../../shared/validators';

export class RecordAvailabilityRequestDto {
  @ApiProperty({
    description: 'On duty, or away: an absence wins over an on-duty period on the same day.',
    enum: AVAILABILITY_STATUSES,
    example: 'lent-to-partner',
  })
  @IsIn(AVAILABILITY_STATUSES)
  status!: AvailabilityStatus;

  @ApiProperty({ description: 'First day.', example: '2026-12-07' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({
    description: 'Last day (inclusive), at most a year after from.',
    example: '2026-12-13',
  })
  @IsCalendarDate()
  to!: string;

  @ApiPropertyOptional({
    description: 'The partner lent to; required for lent-to-partner, otherwise left out.',
    format: 'uuid',
    example: '7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7',
  })
  @IsOptional()
  @IsUUID()
  partnerId?: string;
}

export class AvailabilityPeriodDto {
  @ApiProperty({
    description: 'Period id.',
    format: 'uuid',
    example: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  })
  id!: string;

  @ApiProperty({ description: 'Status.', enum: AVAILABILITY_STATUSES, example: 'sick' })
  status!: AvailabilityStatus;

  @ApiProperty({ description: 'First day.', example: '2026-11-23' })
  from!: string;

  @ApiProperty({ description: 'Last day (inclusive).', example: '2026-11-24' })
  to!: string;

  @ApiProperty({
    description: 'The partner lent to.',
    format: 'uuid',
    example: null,
    nullable: true,
    type: String,
  })
  partnerId!: string | null;

  static from(period: AvailabilityPeriod): AvailabilityPeriodDto {
    const { id, status, from, to, partnerId } = period;
    return { id, status, from, to, partnerId };
  }
}
