import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min, ValidateNested } from 'class-validator';
import { MAX_COHORT_SIZE } from '../../domain/cohort';
import { TimeSlotDto } from './time-slot.dto';

export class CreateCohortRequestDto {
  @ApiProperty({
    description: 'The slot it meets in: one of the group’s schedule.',
    type: TimeSlotDto,
    example: { weekday: 'monday', startTime: '10:00' },
  })
  @ValidateNested()
  @Type(() => TimeSlotDto)
  slot!: TimeSlotDto;

  @ApiProperty({
    description: 'Members it holds at most.',
    minimum: 1,
    maximum: MAX_COHORT_SIZE,
    example: 5,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_COHORT_SIZE)
  maxSize!: number;
}
