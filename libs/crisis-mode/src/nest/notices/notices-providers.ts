import type { Provider, Type } from '@nestjs/common';
import { AcknowledgeNotice } from '../../domain/notices/acknowledge-notice.use-case';
import { CreateLanguageFollowUpTasks } from '../../domain/notices/create-language-follow-up-tasks.use-case';
import { CreateNoticeReminders } from '../../domain/notices/create-notice-reminders.use-case';
import { DeliverDueNotices } from '../../domain/notices/deliver-due-notices.use-case';
import { GetNotice } from '../../domain/notices/get-notice.use-case';
import { ListLanguageFollowUp } from '../../domain/notices/list-language-follow-up.use-case';
import { ListNotices } from '../../domain/notices/list-notices.use-case';
import { ListUnacknowledged } from '../../domain/notices/list-unacknowledged.use-case';
import { ListWebhookEndpoints } from '../../domain/notices/list-webhook-endpoints.use-case';
import { PublishNotice } from '../../domain/notices/publish-notice.use-case';
import { RegisterWebhookEndpoint } from '../../domain/notices/register-webhook-endpoint.use-case';
import type { CrisisModePorts } from '../../domain/crisis-mode-ports';
import { NoticeDeliveryWorker } from './notice-delivery.worker';
import { NoticesController } from './notices.controller';
import { WebhookEndpointsController } from './webhook-endpoints.controller';

/** The notice use cases, each built from the ports alone (`new UseCase(ports)`). */
export const noticesUseCases: readonly (new (ports: CrisisModePorts) => object)[] = [
  RegisterWebhookEndpoint,
  ListWebhookEndpoints,
  PublishNotice,
  ListNotices,
  GetNotice,
  ListUnacknowledged,
  AcknowledgeNotice,
  DeliverDueNotices,
  CreateNoticeReminders,
  ListLanguageFollowUp,
  CreateLanguageFollowUpTasks,
];

export const noticesControllers: Type[] = [WebhookEndpointsController, NoticesController];

export const noticesProviders: Provider[] = [NoticeDeliveryWorker];
