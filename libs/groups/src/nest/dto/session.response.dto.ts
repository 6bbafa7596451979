import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import type { GeneratedSessions } from '../../domain/generate-sessions.use-case';
import type { Session } from '../../domain/session';

export class SessionDto {
  @ApiProperty({
    description: 'Session id.',
    format: 'uuid',
    example: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
  })
  id!: string;

  @ApiProperty({
    description: 'The group.',
    format: 'uuid',
    example: '8d1f0c7a-3b2e-4f5a-9c6d-1e2f3a4b5c6d',
  })
  groupId!: string;

  @ApiProperty({
    description: 'The cohort that meets.',
    format: 'uuid',
    example: '5b0e2f4a-6c1d-4e3f-8a9b-0c1d2e3f4a5b',
  })
  cohortId!: string;

  @ApiProperty({ description: 'Oslo date.', format: 'date', example: '2026-11-02' })
  date!: string;

  @ApiProperty({ description: 'Start, Europe/Oslo local time.', example: '10:00' })
  startTime!: string;

  @ApiProperty({ description: 'Length in minutes.', example: 60 })
  durationMinutes!: number;

  static from(session: Session): SessionDto {
    return {
      id: session.id,
      groupId: session.groupId,
      cohortId: session.cohortId,
      date: session.date,
      startTime: session.startTime,
      durationMinutes: session.durationMinutes,
    };
  }
}

export class SessionPageDto extends PageOf(SessionDto) {}

export class GeneratedSessionsDto {
  @ApiProperty({ description: 'Sessions the schedule gives for the dates.', example: 8 })
  planned!: number;

  @ApiProperty({
    description: 'Of those, the ones that did not exist yet (the others were kept).',
    example: 8,
  })
  created!: number;

  static from(result: GeneratedSessions): GeneratedSessionsDto {
    return { planned: result.planned, created: result.created };
  }
}
