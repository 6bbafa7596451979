import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
import { OpeningHoursDto } from './opening-hours.dto';
import { ServiceLocationDto } from './service-location.dto';

export class CreateServiceRequestDto {
  @ApiProperty({
    description: 'The team that runs the service; its members see the service’s clients.',
    format: 'uuid',
    example: '2b0c7e4a-5d1f-4c3b-9a8e-1f2d3c4b5a69',
  })
  @IsUUID()
  teamId!: string;

  @ApiProperty({ description: 'Name, unique in the municipality.', example: 'LAR-utdeling' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({
    description: 'Where the service sits along the chain of help.',
    enum: SERVICE_CATEGORIES,
    example: 'low-threshold',
  })
  @IsIn(SERVICE_CATEGORIES)
  category!: ServiceCategory;

  @ApiProperty({ description: 'Where the service is.', type: ServiceLocationDto })
  @ValidateNested()
  @Type(() => ServiceLocationDto)
  location!: ServiceLocationDto;

  @ApiPropertyOptional({
    description: 'Weekly opening hours; none for a service without fixed hours.',
    type: [OpeningHoursDto],
    default: [],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => OpeningHoursDto)
  openingHours?: OpeningHoursDto[];

  @ApiPropertyOptional({
    description: 'People served at once; null or left out for no limit.',
    example: 5,
    nullable: true,
    type: Number,
    minimum: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  capacity?: number | null;

  @ApiPropertyOptional({
    description: 'Must keep running in any crisis.',
    example: true,
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  critical?: boolean;

  @ApiPropertyOptional({
    description: 'Competencies staff need to work here.',
    example: ['lar-dispensing'],
    type: [String],
    default: [],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(COMPETENCY_CODE, {
    each: true,
    message: 'each competency must be lower-case words joined by hyphens',
  })
  requiredCompetencies?: string[];
}
