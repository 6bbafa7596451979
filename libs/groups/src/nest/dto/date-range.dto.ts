import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An inclusive range of Oslo dates. */
export class DateRangeDto {
  @ApiProperty({
    description: 'First Oslo date, YYYY-MM-DD.',
    format: 'date',
    example: '2026-11-02',
  })
  @Matches(ISO_DATE, { message: 'from must be a date as YYYY-MM-DD' })
  from!: string;

  @ApiProperty({
    description: 'Last Oslo date, YYYY-MM-DD, included.',
    format: 'date',
    example: '2026-11-29',
  })
  @Matches(ISO_DATE, { message: 'to must be a date as YYYY-MM-DD' })
  to!: string;
}
