import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LOCATION_KINDS, MAX_GROUP_CAPACITY, type LocationKind } from '../../domain/group';
import { MAX_SCHEDULE_SLOTS } from '../../domain/schedule';
import { ScheduleSlotDto } from './time-slot.dto';

/** The fields to change; the owning service never changes. */
export class UpdateGroupRequestDto {
  @ApiPropertyOptional({
    description: 'New name.',
    minLength: 1,
    maxLength: 120,
    example: 'Walk and talk (outdoor)',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({
    description: 'Where it meets now, e.g. outdoor in a crisis.',
    enum: LOCATION_KINDS,
    example: 'outdoor',
  })
  @IsOptional()
  @IsIn(LOCATION_KINDS)
  locationKind?: LocationKind;

  @ApiPropertyOptional({
    description: 'Active members at most; not below the current active members.',
    minimum: 1,
    maximum: MAX_GROUP_CAPACITY,
    example: 25,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_GROUP_CAPACITY)
  capacity?: number;

  @ApiPropertyOptional({
    description:
      'The whole new schedule. Slots where cohorts meet must stay (while an arrangement is in force, every slot any cohort had).',
    type: [ScheduleSlotDto],
    example: [{ weekday: 'monday', startTime: '10:00', durationMinutes: 60, maxCohorts: 2 }],
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ScheduleSlotDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SCHEDULE_SLOTS)
  schedule?: ScheduleSlotDto[];
}
