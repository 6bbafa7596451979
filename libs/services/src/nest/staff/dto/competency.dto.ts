import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { COMPETENCY_CODE } from '../../../domain/catalogue/service';
import type { Competency } from '../../../domain/staff/staff-member';
import { IsCalendarDate } from '../../shared/validators';

export class CertifyCompetencyRequestDto {
  @ApiProperty({
    description: 'Competency code: lower-case words joined by hyphens.',
    example: 'lar-dispensing',
  })
  @Matches(COMPETENCY_CODE, {
    message: 'code must be lower-case words joined by hyphens, e.g. lar-dispensing',
  })
  @MaxLength(64)
  code!: string;

  @ApiProperty({ description: 'First day it is valid.', example: '2026-01-15' })
  @IsCalendarDate()
  certifiedOn!: string;

  @ApiPropertyOptional({
    description: 'Last day it is valid; left out or null when it does not expire.',
    example: '2027-01-14',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsCalendarDate()
  expiresOn?: string | null;
}

export class CompetencyDto {
  @ApiProperty({
    description: 'Certification id.',
    format: 'uuid',
    example: '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a',
  })
  id!: string;

  @ApiProperty({ description: 'Competency code.', example: 'lar-dispensing' })
  code!: string;

  @ApiProperty({ description: 'First day it is valid.', example: '2026-01-15' })
  certifiedOn!: string;

  @ApiProperty({
    description: 'Last day it is valid; null when it does not expire.',
    example: '2027-01-14',
    nullable: true,
    type: String,
  })
  expiresOn!: string | null;

  @ApiProperty({ description: 'Who recorded it.', example: 'lead-per' })
  recordedBy!: string;

  static from(competency: Competency): CompetencyDto {
    const { id, code, certifiedOn, expiresOn, recordedBy } = competency;
    return { id, code, certifiedOn, expiresOn, recordedBy };
  }
}
