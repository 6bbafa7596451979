import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MAX_REFERENCE_LENGTH, REFERENCE_PATTERN } from '../../domain/arrangement';
import { MAX_COHORT_SIZE } from '../../domain/cohort';

export class ApplyCohortSizeRequestDto {
  @ApiProperty({
    description:
      'Your key for this arrangement, e.g. the crisis activation id; restore with it. Unique in the municipality.',
    maxLength: MAX_REFERENCE_LENGTH,
    pattern: REFERENCE_PATTERN.source,
    example: 'crisis-activation-2026-11-23',
  })
  @MaxLength(MAX_REFERENCE_LENGTH)
  @Matches(REFERENCE_PATTERN, {
    message: "reference must be letters, digits, '.', '_', ':' or '-'",
  })
  reference!: string;

  @ApiProperty({
    description: 'The new largest cohort size N.',
    minimum: 1,
    maximum: MAX_COHORT_SIZE,
    example: 5,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_COHORT_SIZE)
  maxSize!: number;

  @ApiPropertyOptional({
    description:
      'Only these services’ groups (e.g. the services of one category); every group of the municipality when left out.',
    type: [String],
    format: 'uuid',
    example: ['3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b'],
  })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  serviceIds?: string[];
}
