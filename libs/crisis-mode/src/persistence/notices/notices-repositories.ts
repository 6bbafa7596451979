import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { CrisisModePorts } from '../../domain/crisis-mode-ports';
import { TypeOrmNoticeDeliveryRepository } from './typeorm-notice-delivery.repository';
import { TypeOrmNoticeRepository } from './typeorm-notice.repository';
import { TypeOrmWebhookEndpointRepository } from './typeorm-webhook-endpoint.repository';
import { NoticeDeliveryEntity } from './notice-delivery.entity';
import { NoticeLanguageFollowUpEntity } from './notice-language-follow-up.entity';
import { NoticeRecipientEntity } from './notice-recipient.entity';
import { NoticeEntity } from './notice.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

export type NoticesRepositories = Pick<
  CrisisModePorts,
  'notices' | 'webhookEndpoints' | 'deliveries'
>;

/** The notices part of this library's schema (CR-6). */
export const noticesEntities = [
  NoticeEntity,
  NoticeRecipientEntity,
  WebhookEndpointEntity,
  NoticeDeliveryEntity,
  NoticeLanguageFollowUpEntity,
];

export function typeOrmNoticesRepositories(manager: EntityManagerAccessor): NoticesRepositories {
  return {
    notices: new TypeOrmNoticeRepository(manager),
    webhookEndpoints: new TypeOrmWebhookEndpointRepository(manager),
    deliveries: new TypeOrmNoticeDeliveryRepository(manager),
  };
}
