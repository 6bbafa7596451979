import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class VedtakUsageQueryDto {
  @ApiPropertyOptional({
    description: 'First Oslo day to count, YYYY-MM-DD; default the first valid day.',
    example: '2026-11-02',
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'from must be a date, YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({
    description:
      'Last Oslo day to count; default today or the last valid day. At most 53 weeks after from.',
    example: '2026-11-29',
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'to must be a date, YYYY-MM-DD' })
  to?: string;
}
