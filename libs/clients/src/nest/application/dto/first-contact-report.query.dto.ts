import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class FirstContactReportQueryDto {
  @ApiProperty({
    description: 'First Oslo day of applications received, YYYY-MM-DD.',
    example: '2026-11-01',
  })
  @Matches(CALENDAR_DATE, { message: 'from must be a date, YYYY-MM-DD' })
  from!: string;

  @ApiProperty({
    description: 'Last Oslo day (included), at most 366 days after from.',
    example: '2026-11-30',
  })
  @Matches(CALENDAR_DATE, { message: 'to must be a date, YYYY-MM-DD' })
  to!: string;
}
