import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../domain/attendance';

export class RecordAttendanceRequestDto {
  @ApiProperty({
    description:
      '`present` or `absent` once the session has begun; `cancelled` (called off in advance) only before it begins.',
    enum: ATTENDANCE_STATUSES,
    example: 'present',
  })
  @IsIn(ATTENDANCE_STATUSES)
  status!: AttendanceStatus;
}
