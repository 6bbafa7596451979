import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class GuidelineDto {
  @ApiProperty({
    description: 'The national or local rule the change follows.',
    example: 'FHI: råd om smitteverntiltak i kommunale rustjenester, 12.03.2020',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  text!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Where to read it.',
    example: 'https://www.fhi.no/nettpub/coronavirus/',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  url?: string | null;
}

export class LevelChangeRequestDto {
  @ApiProperty({
    description: 'The level to go to; `normal` ends the crisis and restores everything.',
    example: 'red',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  level!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The plan to activate (its newest version); default: the plan in force. Needed to leave `normal`.',
    example: '6b1f0a3e-8c2d-4e5f-9a7b-0c1d2e3f4a5b',
  })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiProperty({
    description: 'Why, in the coordinator’s words; kept in the history.',
    example: 'Smitteutbrudd i kommunen; kommuneoverlegen anbefaler tiltak.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;

  @ApiProperty({ type: GuidelineDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => GuidelineDto)
  guideline!: GuidelineDto;
}

export class ScheduledLevelChangeRequestDto extends LevelChangeRequestDto {
  @ApiProperty({
    format: 'date-time',
    description: 'When the change takes effect (in the future).',
    example: '2027-03-16T06:00:00+01:00',
  })
  @IsISO8601({ strict: true })
  effectiveAt!: string;
}
