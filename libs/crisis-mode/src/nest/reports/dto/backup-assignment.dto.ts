import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageOf, PageQueryDto } from '@lavterskel/kernel/nest';
import {
  MAX_REASON_LENGTH,
  type BackupAssignment,
} from '../../../domain/staffing/backup-assignment';
import { CODE } from '../../../domain/shared/vocabulary';
import { IsCalendarDay } from './calendar-day.validator';

const SERVICE_ID = {
  description: 'The critical service.',
  format: 'uuid',
  example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
};
const STAFF_ID = {
  description: 'The staff member (services library).',
  format: 'uuid',
  example: '9b8a7f6e-5d4c-4b3a-a291-807f6e5d4c3b',
};

export class AssignBackupStaffRequestDto {
  @ApiProperty(SERVICE_ID)
  @IsUUID()
  serviceId!: string;

  @ApiProperty(STAFF_ID)
  @IsUUID()
  staffId!: string;

  @ApiProperty({
    description:
      'The competency covered: one the service requires or the level in force sets a minimum for. The staff member must hold it on `from`.',
    example: 'lar-dispensing',
  })
  @Matches(CODE, {
    message: 'competency must be lower-case words joined by hyphens, e.g. lar-dispensing',
  })
  competency!: string;

  @ApiProperty({ description: 'First day (Oslo).', example: '2026-11-23' })
  @IsCalendarDay()
  from!: string;

  @ApiProperty({
    description: 'Last day (inclusive), at most 366 days after from.',
    example: '2026-12-06',
  })
  @IsCalendarDay()
  to!: string;

  @ApiProperty({
    description: 'Why, for the record.',
    maxLength: MAX_REASON_LENGTH,
    example: 'Back-up for LAR dispensing while the regular staff are in quarantine',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_REASON_LENGTH)
  reason!: string;
}

export class BackupAssignmentsQueryDto extends PageQueryDto {
  @ApiPropertyOptional(SERVICE_ID)
  @IsOptional()
  @IsUUID()
  serviceId?: string;

  @ApiPropertyOptional(STAFF_ID)
  @IsOptional()
  @IsUUID()
  staffId?: string;

  @ApiPropertyOptional({
    description: 'Only assignments that count on this Oslo day (in their period, not ended).',
    example: '2026-11-24',
  })
  @IsOptional()
  @IsCalendarDay()
  activeOn?: string;
}

export class BackupAssignmentDto {
  @ApiProperty({
    description: 'Assignment id.',
    format: 'uuid',
    example: '0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b',
  })
  id!: string;

  @ApiProperty(SERVICE_ID)
  serviceId!: string;

  @ApiProperty(STAFF_ID)
  staffId!: string;

  @ApiProperty({ description: 'The competency covered.', example: 'lar-dispensing' })
  competency!: string;

  @ApiProperty({ description: 'First day (Oslo).', example: '2026-11-23' })
  from!: string;

  @ApiProperty({ description: 'Last day (inclusive).', example: '2026-12-06' })
  to!: string;

  @ApiProperty({
    description: 'Why.',
    example: 'Back-up for LAR dispensing while the regular staff are in quarantine',
  })
  reason!: string;

  @ApiProperty({ description: 'Who assigned it (subject).', example: 'coordinator-kari' })
  assignedBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-23T08:15:00.000Z' })
  assignedAt!: string;

  @ApiProperty({
    description:
      'When it was ended; from that Oslo day on it no longer counts. Null while in force.',
    type: String,
    nullable: true,
    example: null,
  })
  endedAt!: string | null;

  @ApiProperty({
    description: 'Who ended it.',
    type: String,
    nullable: true,
    example: null,
  })
  endedBy!: string | null;

  static from(assignment: BackupAssignment): BackupAssignmentDto {
    return {
      id: assignment.id,
      serviceId: assignment.serviceId,
      staffId: assignment.staffId,
      competency: assignment.competency,
      from: assignment.from,
      to: assignment.to,
      reason: assignment.reason,
      assignedBy: assignment.assignedBy,
      assignedAt: assignment.assignedAt.toISOString(),
      endedAt: assignment.endedAt?.toISOString() ?? null,
      endedBy: assignment.endedBy,
    };
  }
}

export class BackupAssignmentPageDto extends PageOf(BackupAssignmentDto) {}
