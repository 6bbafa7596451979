import { ApiProperty } from '@nestjs/swagger';
import type { AccessLogLine } from '../../domain/access-log';
import { PageOf } from '../pagination/page-of';

export class AccessLogLineDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The audit row.',
    example: '3f1c9a52-8d7e-4b0a-9c61-2e5d8f7a4b10',
  })
  id!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-23T09:15:00.000Z' })
  occurredAt!: string;

  @ApiProperty({ description: 'Who: the subject of their access token.', example: 'nurse-anne' })
  actorSubject!: string;

  @ApiProperty({ description: 'Their roles as the token named them.', example: ['staff'] })
  roles!: string[];

  @ApiProperty({ description: 'Their roles in words.', example: 'care staff' })
  role!: string;

  @ApiProperty({ description: 'The organisation they acted for.', example: 'municipality 4003' })
  organisation!: string;

  @ApiProperty({ description: 'What they did, in words.', example: 'looked at your client record' })
  what!: string;

  @ApiProperty({
    enum: [
      'read',
      'search',
      'create',
      'update',
      'delete',
      'export',
      'disclose',
      'break-glass',
      'denied',
    ],
    description: 'What they did, as recorded.',
    example: 'read',
  })
  action!: string;

  @ApiProperty({ description: 'Which kind of record, as recorded.', example: 'client' })
  resourceType!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why: the purpose or justification given; null when none was recorded.',
    example: 'Akutt innleggelse, trenger medisinliste',
  })
  why!: string | null;

  @ApiProperty({
    description: 'Opened without a care relation, on a written reason.',
    example: false,
  })
  breakGlass!: boolean;

  static from(line: AccessLogLine): AccessLogLineDto {
    return {
      id: line.id,
      occurredAt: line.occurredAt.toISOString(),
      actorSubject: line.actorSubject,
      roles: [...line.roles],
      role: line.role,
      organisation: line.organisation,
      what: line.what,
      action: line.action,
      resourceType: line.resourceType,
      why: line.why,
      breakGlass: line.breakGlass,
    };
  }
}

export class AccessLogPageDto extends PageOf(AccessLogLineDto) {}
