import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { RECIPIENT_KINDS, type RecipientKind } from '../../../domain/notices/notice';

export class AcknowledgeNoticeRequestDto {
  @ApiProperty({
    description: 'Who acknowledges: a service, or a partner (recorded by a coordinator).',
    enum: RECIPIENT_KINDS,
    example: 'service',
  })
  @IsIn(RECIPIENT_KINDS)
  recipientKind!: RecipientKind;

  @ApiProperty({
    description: 'The service or partner.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  @IsUUID()
  recipientId!: string;
}
