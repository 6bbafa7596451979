import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Matches, Max, Min } from 'class-validator';
import {
  WEEKDAYS,
  MAX_COHORTS_PER_SLOT,
  type ScheduleSlot,
  type TimeSlot,
  type Weekday,
} from '../../domain/schedule';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A weekly time slot in Europe/Oslo local time. */
export class TimeSlotDto {
  @ApiProperty({ description: 'Day of the week.', enum: WEEKDAYS, example: 'monday' })
  @IsIn(WEEKDAYS)
  weekday!: Weekday;

  @ApiProperty({
    description: 'Start time, HH:MM, 24-hour, Europe/Oslo local time.',
    example: '10:00',
    pattern: HH_MM.source,
  })
  @Matches(HH_MM, { message: 'startTime must be a time of day as HH:MM' })
  startTime!: string;

  static from(slot: TimeSlot): TimeSlotDto {
    return { weekday: slot.weekday, startTime: slot.startTime };
  }
}

/** One slot of a group's weekly schedule. */
export class ScheduleSlotDto extends TimeSlotDto {
  @ApiProperty({
    description: 'How long a session lasts, in minutes.',
    minimum: 5,
    maximum: 720,
    example: 60,
  })
  @IsInt()
  @Min(5)
  @Max(720)
  durationMinutes!: number;

  @ApiProperty({
    description:
      'How many cohorts may meet in this slot at once (staff, rooms, distance). Re-cohorting opens new cohorts only up to this.',
    minimum: 1,
    maximum: MAX_COHORTS_PER_SLOT,
    example: 2,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_COHORTS_PER_SLOT)
  maxCohorts!: number;

  static override from(slot: ScheduleSlot): ScheduleSlotDto {
    return {
      weekday: slot.weekday,
      startTime: slot.startTime,
      durationMinutes: slot.durationMinutes,
      maxCohorts: slot.maxCohorts,
    };
  }
}
