import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LOCATION_KINDS, MAX_GROUP_CAPACITY, type LocationKind } from '../../domain/group';
import { MAX_SCHEDULE_SLOTS } from '../../domain/schedule';
import { ScheduleSlotDto } from './time-slot.dto';

export class CreateGroupRequestDto {
  @ApiProperty({
    description: 'The service (services library) that runs the group.',
    format: 'uuid',
    example: '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b',
  })
  @IsUUID()
  serviceId!: string;

  @ApiProperty({
    description: 'What the group does, as staff and clients call it.',
    minLength: 1,
    maxLength: 120,
    example: 'Walk and talk',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @ApiProperty({ description: 'Where it meets.', enum: LOCATION_KINDS, example: 'outdoor' })
  @IsIn(LOCATION_KINDS)
  locationKind!: LocationKind;

  @ApiProperty({
    description: 'Active members the group takes at most, over all its cohorts.',
    minimum: 1,
    maximum: MAX_GROUP_CAPACITY,
    example: 20,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_GROUP_CAPACITY)
  capacity!: number;

  @ApiProperty({
    description: 'Weekly time slots; each cohort meets in one of them.',
    type: [ScheduleSlotDto],
    example: [
      { weekday: 'monday', startTime: '10:00', durationMinutes: 60, maxCohorts: 1 },
      { weekday: 'monday', startTime: '14:00', durationMinutes: 60, maxCohorts: 2 },
    ],
  })
  @ValidateNested({ each: true })
  @Type(() => ScheduleSlotDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SCHEDULE_SLOTS)
  schedule!: ScheduleSlotDto[];
}
