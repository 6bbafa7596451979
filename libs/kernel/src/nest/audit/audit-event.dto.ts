import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RecordedAuditEntry } from '../../domain/audit';
import { PageOf } from '../pagination/page-of';

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '2026-11-23T09:15:00.000Z' })
  occurredAt!: string;

  @ApiProperty({ example: 'nurse-anne' })
  actorSubject!: string;

  @ApiProperty({ example: ['staff'] })
  actorRoles!: string[];

  @ApiProperty({ enum: ['read', 'search', 'create', 'update', 'delete', 'export', 'disclose', 'break-glass'] })
  action!: string;

  @ApiProperty({ example: 'client' })
  resourceType!: string;

  @ApiPropertyOptional()
  resourceId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  clientId?: string;

  @ApiPropertyOptional({ example: 'treatment coordination' })
  reason?: string;

  @ApiPropertyOptional()
  requestId?: string;

  static from(entry: RecordedAuditEntry): AuditEventDto {
    return {
      id: entry.id,
      occurredAt: entry.occurredAt.toISOString(),
      actorSubject: entry.actorSubject,
      actorRoles: [...entry.actorRoles],
      action: entry.action,
      resourceType: entry.resourceType,
      resourceId: entry.resourceId,
      clientId: entry.clientId,
      reason: entry.reason,
      requestId: entry.requestId,
    };
  }
}

export class AuditEventPageDto extends PageOf(AuditEventDto) {}
