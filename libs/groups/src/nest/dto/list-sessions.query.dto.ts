import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQueryDto } from '@lavterskel/kernel/nest';

export class ListSessionsQueryDto extends PageQueryDto {
  @ApiProperty({
    description: 'First Oslo date, YYYY-MM-DD.',
    format: 'date',
    example: '2026-11-02',
  })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date as YYYY-MM-DD' })
  from!: string;

  @ApiProperty({
    description: 'Last Oslo date, YYYY-MM-DD, included (at most 366 days after from).',
    format: 'date',
    example: '2026-11-29',
  })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date as YYYY-MM-DD' })
  to!: string;

  @ApiPropertyOptional({
    description: 'Only this cohort’s sessions.',
    format: 'uuid',
    example: '5b0e2f4a-6c1d-4e3f-8a9b-0c1d2e3f4a5b',
  })
  @IsOptional()
  @IsUUID()
  cohortId?: string;
}
