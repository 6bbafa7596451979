import type { TenantId } from '@lavterskel/kernel';
import type { Notice, NoticeRecipient, RecipientKind } from '../../domain/notices/notice';
import type { DeliveryStatus, NoticeDelivery } from '../../domain/notices/notice-delivery';
import type { WebhookEndpoint } from '../../domain/notices/webhook-endpoint';
import type { NoticeDeliveryEntity } from './notice-delivery.entity';
import type { NoticeRecipientEntity } from './notice-recipient.entity';
import type { NoticeEntity } from './notice.entity';
import type { WebhookEndpointEntity } from './webhook-endpoint.entity';

export function toNotice(row: NoticeEntity): Notice {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    title: row.title,
    body: row.body,
    sourceUrl: row.sourceUrl,
    effectiveFrom: row.effectiveFrom,
    acknowledgeBy: row.acknowledgeBy,
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt,
    remindersCreatedAt: row.remindersCreatedAt,
  };
}

export function toRecipient(row: NoticeRecipientEntity): NoticeRecipient {
  return {
    tenantId: row.tenantId as TenantId,
    noticeId: row.noticeId,
    kind: row.kind as RecipientKind,
    recipientId: row.recipientId,
    name: row.name,
    teamId: row.teamId,
    acknowledgedAt: row.acknowledgedAt,
    acknowledgedBy: row.acknowledgedBy,
  };
}

export function toDelivery(row: NoticeDeliveryEntity): NoticeDelivery {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    noticeId: row.noticeId,
    endpointId: row.endpointId,
    idempotencyKey: row.idempotencyKey,
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastError: row.lastError,
    deliveredAt: row.deliveredAt,
  };
}

export function toEndpoint(row: WebhookEndpointEntity): WebhookEndpoint {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    partnerId: row.partnerId,
    url: row.url,
    secret: row.secret,
    active: row.active,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}
