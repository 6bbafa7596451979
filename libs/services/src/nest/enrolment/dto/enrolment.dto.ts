import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageOf, PageQueryDto } from '@lavterskel/kernel/nest';
import type { Enrolment } from '../../../domain/enrolment/enrolment';
import { IsCalendarDate } from '../../shared/validators';

export class EnrolClientRequestDto {
  @ApiProperty({
    description: 'The client: an id from the client registry (an unknown id answers 404).',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsUUID()
  clientId!: string;

  @ApiPropertyOptional({ description: 'First day; default today (Oslo).', example: '2026-11-23' })
  @IsOptional()
  @IsCalendarDate()
  startedOn?: string;

  @ApiProperty({
    description: 'Why the client starts in this service.',
    example: 'Referred by TSB for LAR follow-up',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class EndEnrolmentRequestDto {
  @ApiPropertyOptional({ description: 'Last day; default today (Oslo).', example: '2026-12-31' })
  @IsOptional()
  @IsCalendarDate()
  endedOn?: string;

  @ApiProperty({ description: 'Why the enrolment ends.', example: 'Moved to aftercare group' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  endReason!: string;
}

export class ServiceEnrolmentsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only enrolments active on this day.',
    example: '2026-11-23',
  })
  @IsOptional()
  @IsCalendarDate()
  activeOn?: string;
}

export class EnrolmentDto {
  @ApiProperty({
    description: 'Enrolment id.',
    format: 'uuid',
    example: '4d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a',
  })
  id!: string;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string;

  @ApiProperty({
    description: 'The service.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string;

  @ApiProperty({ description: 'First day.', example: '2026-11-23' })
  startedOn!: string;

  @ApiProperty({
    description: 'Last day; null while open.',
    example: null,
    nullable: true,
    type: String,
  })
  endedOn!: string | null;

  @ApiProperty({
    description: 'Why the client started.',
    example: 'Referred by TSB for LAR follow-up',
  })
  reason!: string;

  @ApiProperty({ description: 'Why it ended.', example: null, nullable: true, type: String })
  endReason!: string | null;

  @ApiProperty({ description: 'Who enrolled the client.', example: 'nurse-anne' })
  createdBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-23T09:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({
    description: 'Record version; send it as If-Match to end the enrolment.',
    example: 1,
  })
  version!: number;

  static from(enrolment: Enrolment): EnrolmentDto {
    const { id, clientId, serviceId, startedOn, endedOn, reason, endReason, createdBy, version } =
      enrolment;
    return {
      id,
      clientId,
      serviceId,
      startedOn,
      endedOn,
      reason,
      endReason,
      createdBy,
      createdAt: enrolment.createdAt.toISOString(),
      version,
    };
  }
}

export class EnrolmentPageDto extends PageOf(EnrolmentDto) {}
