import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQueryDto } from '@lavterskel/kernel/nest';
import { CODE } from '../../../domain/shared/vocabulary';
import { IsCalendarDay } from './calendar-day.validator';

const PLAN_ID = {
  description:
    'Preview a level of this plan (its newest version) before it is activated; needs `level`. Leave out with `level` for the plan in force.',
  format: 'uuid',
  example: '3f2b8c1d-6e4a-4b7c-9d0e-1a2b3c4d5e6f',
};
const LEVEL = {
  description:
    'The level to preview, e.g. `red`. Leave out (with `planId`) for the level in force; without a crisis, the defaults apply.',
  example: 'red',
};
const LEVEL_MESSAGE = 'level must be a level code: lower-case words joined by hyphens, e.g. red';

/** `?planId=&level=&limit=&cursor=` of the priority list. */
export class PriorityListQueryDto extends PageQueryDto {
  @ApiPropertyOptional(PLAN_ID)
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional(LEVEL)
  @IsOptional()
  @Matches(CODE, { message: LEVEL_MESSAGE })
  level?: string;
}

/** `?on=&planId=&level=` of the staffing report. */
export class CrisisStaffingQueryDto {
  @ApiPropertyOptional({
    description: 'The Oslo day to report on; today when left out.',
    example: '2026-11-23',
  })
  @IsOptional()
  @IsCalendarDay()
  on?: string;

  @ApiPropertyOptional(PLAN_ID)
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional(LEVEL)
  @IsOptional()
  @Matches(CODE, { message: LEVEL_MESSAGE })
  level?: string;
}
