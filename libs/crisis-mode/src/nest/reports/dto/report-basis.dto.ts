import { ApiProperty } from '@nestjs/swagger';
import type { ReportBasis } from '../../../domain/reports/report-basis';

/** Which level a report was computed for. */
export class ReportBasisDto {
  @ApiProperty({
    description: 'The level in force or previewed; `normal` without a crisis (defaults apply).',
    example: 'red',
  })
  level!: string;

  @ApiProperty({
    description: 'The plan whose level it is; null without a crisis.',
    type: String,
    format: 'uuid',
    nullable: true,
    example: '3f2b8c1d-6e4a-4b7c-9d0e-1a2b3c4d5e6f',
  })
  planId!: string | null;

  @ApiProperty({
    description: 'The plan version; null without a crisis.',
    type: Number,
    nullable: true,
    example: 2,
  })
  planVersion!: number | null;

  @ApiProperty({
    description:
      'True when the level was named in the request to prepare for, not the level in force.',
    example: false,
  })
  preview!: boolean;

  static from(basis: ReportBasis): ReportBasisDto {
    const { level, planId, planVersion, preview } = basis;
    return { level, planId, planVersion, preview };
  }
}
