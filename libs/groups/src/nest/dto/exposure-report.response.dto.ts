import { ApiProperty } from '@nestjs/swagger';
import type { ExposureContact, ExposureReport, SharedSession } from '../../domain/exposure';

export class SharedSessionDto {
  @ApiProperty({
    description: 'The session.',
    format: 'uuid',
    example: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
  })
  sessionId!: string;

  @ApiProperty({
    description: 'Its group.',
    format: 'uuid',
    example: '8d1f0c7a-3b2e-4f5a-9c6d-1e2f3a4b5c6d',
  })
  groupId!: string;

  @ApiProperty({
    description: 'Its cohort.',
    format: 'uuid',
    example: '5b0e2f4a-6c1d-4e3f-8a9b-0c1d2e3f4a5b',
  })
  cohortId!: string;

  @ApiProperty({ description: 'Oslo date.', format: 'date', example: '2026-11-02' })
  date!: string;

  @ApiProperty({ description: 'Start, Europe/Oslo local time.', example: '10:00' })
  startTime!: string;

  static from(session: SharedSession): SharedSessionDto {
    return {
      sessionId: session.sessionId,
      groupId: session.groupId,
      cohortId: session.cohortId,
      date: session.date,
      startTime: session.startTime,
    };
  }
}

export class ExposureContactDto {
  @ApiProperty({
    description: 'A client who was present at a session with the index client.',
    format: 'uuid',
    example: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
  })
  clientId!: string;

  @ApiProperty({ description: 'The sessions they shared, by date.', type: [SharedSessionDto] })
  sessions!: SharedSessionDto[];

  static from(contact: ExposureContact): ExposureContactDto {
    return { clientId: contact.clientId, sessions: contact.sessions.map(SharedSessionDto.from) };
  }
}

export class ExposureReportDto {
  @ApiProperty({
    description: 'The index client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string;

  @ApiProperty({ description: 'First Oslo date.', format: 'date', example: '2026-11-02' })
  from!: string;

  @ApiProperty({ description: 'Last Oslo date, included.', format: 'date', example: '2026-11-15' })
  to!: string;

  @ApiProperty({
    description: 'The consent or legal basis that allowed this disclosure.',
    example: 'consent 7d1e0c2a (contact tracing)',
  })
  legalBasis!: string;

  @ApiProperty({ description: 'Contacts, by client id.', type: [ExposureContactDto] })
  contacts!: ExposureContactDto[];

  static from(report: ExposureReport): ExposureReportDto {
    return {
      clientId: report.clientId,
      from: report.from,
      to: report.to,
      legalBasis: report.legalBasis,
      contacts: report.contacts.map(ExposureContactDto.from),
    };
  }
}
