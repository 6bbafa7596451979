import { ApiProperty } from '@nestjs/swagger';
import type { CohortSummary } from '../../domain/group-overview';
import { TimeSlotDto } from './time-slot.dto';

export class CohortDto {
  @ApiProperty({
    description: 'Cohort id.',
    format: 'uuid',
    example: '5b0e2f4a-6c1d-4e3f-8a9b-0c1d2e3f4a5b',
  })
  id!: string;

  @ApiProperty({
    description: 'Its group.',
    format: 'uuid',
    example: '8d1f0c7a-3b2e-4f5a-9c6d-1e2f3a4b5c6d',
  })
  groupId!: string;

  @ApiProperty({ description: 'The fixed slot it meets in.', type: TimeSlotDto })
  slot!: TimeSlotDto;

  @ApiProperty({ description: 'Members it holds at most.', example: 5 })
  maxSize!: number;

  @ApiProperty({ description: 'Members seated in it now.', example: 4 })
  members!: number;

  @ApiProperty({
    description: '`dissolved`: no longer meets (kept for restoring an arrangement).',
    enum: ['active', 'dissolved'],
    example: 'active',
  })
  status!: string;

  @ApiProperty({ description: 'When it was created.', example: '2026-11-23T08:00:00.000Z' })
  createdAt!: string;

  static from(summary: CohortSummary): CohortDto {
    const { cohort } = summary;
    return {
      id: cohort.id,
      groupId: cohort.groupId,
      slot: TimeSlotDto.from(cohort.slot),
      maxSize: cohort.maxSize,
      members: summary.members,
      status: cohort.status,
      createdAt: cohort.createdAt.toISOString(),
    };
  }
}
