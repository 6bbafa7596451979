import { ApiProperty } from '@nestjs/swagger';
import type { VedtakUsage } from '../../../domain/vedtak/vedtak-usage';

export class WeekUsageDto {
  @ApiProperty({ description: 'Monday of the week.', example: '2026-11-02' })
  weekStart!: string;

  @ApiProperty({
    description: 'Hours granted that week (prorated by the valid days counted).',
    example: 6.5,
  })
  grantedHours!: number;

  @ApiProperty({
    description: 'Hours of attended encounters under the vedtak that week.',
    example: 5.25,
  })
  usedHours!: number;
}

/** CL-7: hours used vs granted, week by week. */
export class VedtakUsageDto {
  @ApiProperty({
    description: 'The vedtak.',
    format: 'uuid',
    example: '9a3f6f1d-0e7c-4b21-8a8e-5f0c2d7e2b1c',
  })
  vedtakId!: string;

  @ApiProperty({ description: 'First day counted (within the validity).', example: '2026-11-02' })
  from!: string;

  @ApiProperty({ description: 'Last day counted.', example: '2026-11-29' })
  to!: string;

  @ApiProperty({ description: 'Week by week.', type: [WeekUsageDto] })
  weeks!: WeekUsageDto[];

  @ApiProperty({ description: 'Hours granted over the period.', example: 26 })
  grantedHours!: number;

  @ApiProperty({ description: 'Hours used over the period.', example: 21.5 })
  usedHours!: number;

  static from(usage: VedtakUsage): VedtakUsageDto {
    return { ...usage, weeks: usage.weeks.map((week) => ({ ...week })) };
  }
}
