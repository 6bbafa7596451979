import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  COMPETENCY_CODE,
  SERVICE_CATEGORIES,
  type ServiceCategory,
} from '../../../domain/catalogue/service';
import { IsOmittable } from '../../shared/validators';
import { OpeningHoursDto } from './opening-hours.dto';
import { ServiceLocationDto } from './service-location.dto';

/** What a PATCH changes; left-out properties stay as they are. The mode has its own operation. */
export class UpdateServiceRequestDto {
  @ApiPropertyOptional({
    description: 'The team that runs the service.',
    format: 'uuid',
    example: '2b0c7e4a-5d1f-4c3b-9a8e-1f2d3c4b5a69',
  })
  @IsOmittable()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional({
    description: 'Name, unique in the municipality.',
    example: 'LAR-utdeling Skien',
  })
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({
    description: 'Where the service sits along the chain of help.',
    enum: SERVICE_CATEGORIES,
    example: 'treatment-follow-up',
  })
  @IsOmittable()
  @IsIn(SERVICE_CATEGORIES)
  category?: ServiceCategory;

  @ApiPropertyOptional({ description: 'Where the service is.', type: ServiceLocationDto })
  @IsOmittable()
  @ValidateNested()
  @Type(() => ServiceLocationDto)
  location?: ServiceLocationDto;

  @ApiPropertyOptional({
    description: 'Weekly opening hours (replaces the current ones).',
    type: [OpeningHoursDto],
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => OpeningHoursDto)
  openingHours?: OpeningHoursDto[];

  @ApiPropertyOptional({
    description: 'People served at once; null for no limit.',
    example: 3,
    nullable: true,
    type: Number,
    minimum: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  capacity?: number | null;

  @ApiPropertyOptional({ description: 'Must keep running in any crisis.', example: true })
  @IsOmittable()
  @IsBoolean()
  critical?: boolean;

  @ApiPropertyOptional({
    description: 'Competencies staff need to work here (replaces the current ones).',
    example: ['lar-dispensing'],
    type: [String],
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(COMPETENCY_CODE, {
    each: true,
    message: 'each competency must be lower-case words joined by hyphens',
  })
  requiredCompetencies?: string[];
}
