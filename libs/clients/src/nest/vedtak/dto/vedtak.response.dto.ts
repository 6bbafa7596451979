import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import type { Vedtak } from '../../../domain/vedtak/vedtak';

/** CL-7: a vedtak. */
export class VedtakDto {
  @ApiProperty({
    description: 'Id of the vedtak.',
    format: 'uuid',
    example: '9a3f6f1d-0e7c-4b21-8a8e-5f0c2d7e2b1c',
  })
  id!: string;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '0b6c1f0e-5a0a-4f57-9c53-3d1b0a7e6c11',
  })
  clientId!: string;

  @ApiProperty({
    description: 'Case or decision number.',
    nullable: true,
    type: String,
    example: '2026/1234',
  })
  reference!: string | null;

  @ApiProperty({ description: 'The service granted.', example: 'Ambulant oppfølging i hjemmet' })
  service!: string;

  @ApiProperty({ description: 'Hours per week.', example: 6.5 })
  hoursPerWeek!: number;

  @ApiProperty({ description: 'Day of the decision.', example: '2026-10-28' })
  decidedOn!: string;

  @ApiProperty({ description: 'First valid day.', example: '2026-11-02' })
  validFrom!: string;

  @ApiProperty({
    description: 'Last valid day; null until further notice.',
    nullable: true,
    type: String,
    example: '2027-04-30',
  })
  validTo!: string | null;

  @ApiProperty({ description: 'Who recorded it.', example: 'lead-lise' })
  recordedBy!: string;

  @ApiProperty({ description: 'When it was recorded.', example: '2026-10-28T12:00:00.000Z' })
  recordedAt!: string;

  static from(vedtak: Vedtak): VedtakDto {
    return { ...vedtak, recordedAt: vedtak.recordedAt.toISOString() };
  }
}

export class VedtakPageDto extends PageOf(VedtakDto) {}
