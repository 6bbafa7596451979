import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches, Max, Min } from 'class-validator';

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class OpeningHoursDto {
  @ApiProperty({
    description: 'ISO weekday: 1 Monday … 7 Sunday.',
    example: 1,
    minimum: 1,
    maximum: 7,
  })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @ApiProperty({ description: 'Opens at (Oslo local time, HH:MM).', example: '08:30' })
  @Matches(CLOCK_TIME, { message: 'opens must be HH:MM' })
  opens!: string;

  @ApiProperty({
    description: 'Closes at (Oslo local time, HH:MM), later than opens.',
    example: '15:00',
  })
  @Matches(CLOCK_TIME, { message: 'closes must be HH:MM' })
  closes!: string;
}
