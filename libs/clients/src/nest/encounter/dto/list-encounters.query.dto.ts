import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PageQueryDto } from '@lavterskel/kernel/nest';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ListEncountersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'From this Oslo day, YYYY-MM-DD.', example: '2026-11-01' })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'from must be a date, YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({
    description: 'To this Oslo day (included), YYYY-MM-DD.',
    example: '2026-11-30',
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'to must be a date, YYYY-MM-DD' })
  to?: string;
}
