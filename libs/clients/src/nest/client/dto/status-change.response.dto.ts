import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import {
  CLIENT_STATUSES,
  type ClientStatus,
  type StatusChange,
} from '../../../domain/client/client-status';

/** CL-3: one step in a client's status history. */
export class StatusChangeDto {
  @ApiProperty({
    description: 'Id of the change.',
    format: 'uuid',
    example: 'c3d3a8a4-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  id!: string;

  @ApiProperty({
    type: String,
    description: 'The status before; null for the first.',
    enum: CLIENT_STATUSES,
    nullable: true,
    example: 'applicant',
  })
  from!: ClientStatus | null;

  @ApiProperty({ description: 'The status after.', enum: CLIENT_STATUSES, example: 'active' })
  to!: ClientStatus;

  @ApiProperty({
    description: 'Why.',
    nullable: true,
    type: String,
    example: 'Started home follow-up',
  })
  reason!: string | null;

  @ApiProperty({
    description: 'Subject of the staff member who changed it.',
    example: 'nurse-anne',
  })
  changedBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-23T09:15:00.000Z' })
  changedAt!: string;

  static from(change: StatusChange): StatusChangeDto {
    return {
      id: change.id,
      from: change.from,
      to: change.to,
      reason: change.reason,
      changedBy: change.changedBy,
      changedAt: change.changedAt.toISOString(),
    };
  }
}

export class StatusChangePageDto extends PageOf(StatusChangeDto) {}
