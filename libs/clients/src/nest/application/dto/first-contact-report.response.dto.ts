import { ApiProperty } from '@nestjs/swagger';
import type {
  FirstContactReport,
  WaitStatistics,
} from '../../../domain/application/first-contact-report';

export class WaitStatisticsDto {
  @ApiProperty({ description: 'Applications that reached a first contact.', example: 11 })
  count!: number;

  @ApiProperty({ description: 'Median minutes from application to first contact.', example: 50 })
  medianMinutes!: number;

  @ApiProperty({ description: '90th percentile (nearest rank), minutes.', example: 90 })
  p90Minutes!: number;

  @ApiProperty({ description: 'Longest wait, minutes.', example: 600 })
  maxMinutes!: number;
}

/** CL-2: no waiting list by design; this is how long applicants waited for a first contact. */
export class FirstContactReportDto {
  @ApiProperty({ description: 'First Oslo day counted.', example: '2026-11-01' })
  from!: string;

  @ApiProperty({ description: 'Last Oslo day counted.', example: '2026-11-30' })
  to!: string;

  @ApiProperty({ description: 'Applications received.', example: 13 })
  received!: number;

  @ApiProperty({ description: 'Of which urgent.', example: 2 })
  urgent!: number;

  @ApiProperty({ description: 'Still received or triaged.', example: 1 })
  open!: number;

  @ApiProperty({ description: 'Converted into clients.', example: 11 })
  converted!: number;

  @ApiProperty({ description: 'Closed without a client.', example: 1 })
  closed!: number;

  @ApiProperty({
    description: 'Waiting times over all applications reached; null when none was.',
    type: WaitStatisticsDto,
    nullable: true,
  })
  timeToFirstContact!: WaitStatisticsDto | null;

  @ApiProperty({
    description: 'Waiting times of urgent applications.',
    type: WaitStatisticsDto,
    nullable: true,
  })
  urgentTimeToFirstContact!: WaitStatisticsDto | null;

  static from(report: FirstContactReport): FirstContactReportDto {
    const stats = (value: WaitStatistics | null): WaitStatisticsDto | null =>
      value
        ? {
            count: value.count,
            medianMinutes: value.medianMinutes,
            p90Minutes: value.p90Minutes,
            maxMinutes: value.maxMinutes,
          }
        : null;
    // Field by field, never spread: the report is built from the use case's input (actor included).
    return {
      from: report.from,
      to: report.to,
      received: report.received,
      urgent: report.urgent,
      open: report.open,
      converted: report.converted,
      closed: report.closed,
      timeToFirstContact: stats(report.timeToFirstContact),
      urgentTimeToFirstContact: stats(report.urgentTimeToFirstContact),
    };
  }
}
