import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_HOURS_PER_WEEK } from '../../../domain/vedtak/vedtak';
import {
  MAX_REFERENCE_LENGTH,
  MAX_SERVICE_LENGTH,
  type VedtakTerms,
} from '../../../domain/vedtak/vedtak-rules';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** CL-7: a vedtak granting hours per week. */
export class RecordVedtakRequestDto {
  @ApiProperty({
    type: String,
    description: 'The municipality’s case or decision number.',
    required: false,
    nullable: true,
    maxLength: MAX_REFERENCE_LENGTH,
    example: '2026/1234',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_REFERENCE_LENGTH)
  reference?: string | null;

  @ApiProperty({
    description: 'The service granted.',
    maxLength: MAX_SERVICE_LENGTH,
    example: 'Ambulant oppfølging i hjemmet',
  })
  @IsString()
  @MaxLength(MAX_SERVICE_LENGTH)
  service!: string;

  @ApiProperty({
    description: 'Hours per week, in quarter hours.',
    minimum: 0.25,
    maximum: MAX_HOURS_PER_WEEK,
    example: 6.5,
  })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.25)
  @Max(MAX_HOURS_PER_WEEK)
  hoursPerWeek!: number;

  @ApiProperty({
    description: 'The day of the decision, YYYY-MM-DD; not in the future.',
    example: '2026-10-28',
  })
  @Matches(CALENDAR_DATE, { message: 'decidedOn must be a date, YYYY-MM-DD' })
  decidedOn!: string;

  @ApiProperty({ description: 'First valid day, YYYY-MM-DD.', example: '2026-11-02' })
  @Matches(CALENDAR_DATE, { message: 'validFrom must be a date, YYYY-MM-DD' })
  validFrom!: string;

  @ApiProperty({
    type: String,
    description: 'Last valid day, YYYY-MM-DD; leave out for until further notice.',
    required: false,
    nullable: true,
    example: '2027-04-30',
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'validTo must be a date, YYYY-MM-DD' })
  validTo?: string | null;

  terms(): VedtakTerms {
    return {
      reference: this.reference ?? null,
      service: this.service,
      hoursPerWeek: this.hoursPerWeek,
      decidedOn: this.decidedOn,
      validFrom: this.validFrom,
      validTo: this.validTo ?? null,
    };
  }
}
