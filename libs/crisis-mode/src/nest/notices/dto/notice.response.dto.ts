import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import {
  RECIPIENT_KINDS,
  type Notice,
  type NoticeRecipient,
  type NoticeSummary,
  type RecipientKind,
} from '../../../domain/notices/notice';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../../../domain/notices/notice-delivery';
import type { NoticeDetails } from '../../../domain/notices/get-notice.use-case';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export class NoticeDto {
  @ApiProperty({
    description: 'Notice id.',
    format: 'uuid',
    example: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924',
  })
  id!: string;

  @ApiProperty({ description: 'Title.', example: 'Nye smittevernregler fra 20. april' })
  title!: string;

  @ApiProperty({
    description: 'What changed.',
    example:
      'Grupper på høyst 5 personer; aktiviteter utendørs; telefonoppfølging der det er mulig.',
  })
  body!: string;

  @ApiProperty({
    description: 'Where the rule change is published.',
    example: 'https://www.fhi.no/nettpub/coronavirus/',
  })
  sourceUrl!: string;

  @ApiProperty({
    description: 'When the rules take effect.',
    format: 'date-time',
    example: '2027-04-19T22:00:00.000Z',
  })
  effectiveFrom!: string;

  @ApiProperty({
    description: 'Deadline for acknowledging.',
    format: 'date-time',
    example: '2027-04-19T10:00:00.000Z',
  })
  acknowledgeBy!: string;

  @ApiProperty({ description: 'Who published it.', example: 'coordinator-kari' })
  publishedBy!: string;

  @ApiProperty({ description: 'When.', format: 'date-time', example: '2027-04-17T08:00:00.000Z' })
  publishedAt!: string;

  @ApiProperty({
    description: 'When reminder tasks were created for recipients who missed the deadline.',
    format: 'date-time',
    example: null,
    nullable: true,
    type: String,
  })
  remindersCreatedAt!: string | null;

  static fields(notice: Notice): NoticeDto {
    return {
      id: notice.id,
      title: notice.title,
      body: notice.body,
      sourceUrl: notice.sourceUrl,
      effectiveFrom: notice.effectiveFrom.toISOString(),
      acknowledgeBy: notice.acknowledgeBy.toISOString(),
      publishedBy: notice.publishedBy,
      publishedAt: notice.publishedAt.toISOString(),
      remindersCreatedAt: iso(notice.remindersCreatedAt),
    };
  }
}

export class NoticeSummaryDto extends NoticeDto {
  @ApiProperty({ description: 'How many services and partners got it.', example: 12 })
  recipientCount!: number;

  @ApiProperty({ description: 'How many of them have acknowledged it.', example: 9 })
  acknowledgedCount!: number;

  static from(notice: NoticeSummary): NoticeSummaryDto {
    return {
      ...NoticeDto.fields(notice),
      recipientCount: notice.recipientCount,
      acknowledgedCount: notice.acknowledgedCount,
    };
  }
}

export class NoticeSummaryPageDto extends PageOf(NoticeSummaryDto) {}

export class NoticeRecipientDto {
  @ApiProperty({
    description: 'A service or a partner organisation.',
    enum: RECIPIENT_KINDS,
    example: 'service',
  })
  kind!: RecipientKind;

  @ApiProperty({
    description: 'The service or partner.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  recipientId!: string;

  @ApiProperty({ description: 'Its name when the notice was published.', example: 'Feltpleien' })
  name!: string;

  @ApiProperty({
    description: 'When it was acknowledged.',
    format: 'date-time',
    example: null,
    nullable: true,
    type: String,
  })
  acknowledgedAt!: string | null;

  @ApiProperty({ description: 'Who acknowledged it.', example: null, nullable: true, type: String })
  acknowledgedBy!: string | null;

  static from(recipient: NoticeRecipient): NoticeRecipientDto {
    return {
      kind: recipient.kind,
      recipientId: recipient.recipientId,
      name: recipient.name,
      acknowledgedAt: iso(recipient.acknowledgedAt),
      acknowledgedBy: recipient.acknowledgedBy,
    };
  }
}

export class NoticeRecipientPageDto extends PageOf(NoticeRecipientDto) {}

export class NoticeDeliveryDto {
  @ApiProperty({
    description: 'Delivery id (also in the delivered JSON).',
    format: 'uuid',
    example: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  })
  id!: string;

  @ApiProperty({
    description: 'The endpoint.',
    format: 'uuid',
    example: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
  })
  endpointId!: string;

  @ApiProperty({
    description: 'The endpoint’s partner.',
    format: 'uuid',
    example: '7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7',
  })
  partnerId!: string;

  @ApiProperty({
    description: 'pending until the endpoint answers 2xx.',
    enum: DELIVERY_STATUSES,
    example: 'pending',
  })
  status!: DeliveryStatus;

  @ApiProperty({ description: 'Attempts made so far.', example: 1 })
  attempts!: number;

  @ApiProperty({
    description: 'When the next attempt is due (null once delivered).',
    format: 'date-time',
    example: '2027-04-17T08:00:30.000Z',
    nullable: true,
    type: String,
  })
  nextAttemptAt!: string | null;

  @ApiProperty({
    description: 'Why the last attempt failed.',
    example: 'HTTP 503',
    nullable: true,
    type: String,
  })
  lastError!: string | null;

  @ApiProperty({
    description: 'When it was delivered.',
    format: 'date-time',
    example: null,
    nullable: true,
    type: String,
  })
  deliveredAt!: string | null;
}

export class NoticeDetailsDto extends NoticeDto {
  @ApiProperty({
    description: 'Every recipient with its acknowledgement.',
    type: [NoticeRecipientDto],
  })
  recipients!: NoticeRecipientDto[];

  @ApiProperty({ description: 'Deliveries to partners’ systems.', type: [NoticeDeliveryDto] })
  deliveries!: NoticeDeliveryDto[];

  static from(details: NoticeDetails): NoticeDetailsDto {
    return {
      ...NoticeDto.fields(details.notice),
      recipients: details.recipients.map(NoticeRecipientDto.from),
      deliveries: details.deliveries.map((delivery) => ({
        id: delivery.id,
        endpointId: delivery.endpointId,
        partnerId: delivery.partnerId,
        status: delivery.status,
        attempts: delivery.attempts,
        nextAttemptAt: delivery.status === 'pending' ? delivery.nextAttemptAt.toISOString() : null,
        lastError: delivery.lastError,
        deliveredAt: iso(delivery.deliveredAt),
      })),
    };
  }
}
