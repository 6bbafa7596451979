import { ApiProperty } from '@nestjs/swagger';
import { ATTENDANCE_STATUSES, type Attendance } from '../../domain/attendance';

export class AttendanceDto {
  @ApiProperty({
    description: 'Attendance record id.',
    format: 'uuid',
    example: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b',
  })
  id!: string;

  @ApiProperty({
    description: 'The session.',
    format: 'uuid',
    example: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
  })
  sessionId!: string;

  @ApiProperty({
    description: 'The group.',
    format: 'uuid',
    example: '8d1f0c7a-3b2e-4f5a-9c6d-1e2f3a4b5c6d',
  })
  groupId!: string;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string;

  @ApiProperty({ description: 'Attendance.', enum: ATTENDANCE_STATUSES, example: 'present' })
  status!: string;

  @ApiProperty({ description: 'When it was recorded.', example: '2026-11-02T10:05:00.000Z' })
  recordedAt!: string;

  @ApiProperty({ description: 'Who recorded it (token subject).', example: 'leader-kari' })
  recordedBy!: string;

  @ApiProperty({
    description: 'Record version; also the ETag. Send it as If-Match to correct the record.',
    example: 1,
  })
  version!: number;

  static from(attendance: Attendance): AttendanceDto {
    return {
      id: attendance.id,
      sessionId: attendance.sessionId,
      groupId: attendance.groupId,
      clientId: attendance.clientId,
      status: attendance.status,
      recordedAt: attendance.recordedAt.toISOString(),
      recordedBy: attendance.recordedBy,
      version: attendance.version,
    };
  }
}
