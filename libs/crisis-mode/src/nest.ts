export {
  CrisisModeModule,
  type CrisisModeModuleOptions,
  CRISIS_MODE_MODULE_OPTIONS,
} from './nest/crisis-mode.module';
export { CRISIS_MODE_PORTS } from './nest/crisis-mode.tokens';
export { CrisisModeErrorFilter } from './nest/crisis-mode-error.filter';
export { NoticeDeliveryWorker } from './nest/notices/notice-delivery.worker';
export type { NoticesModuleOptions } from './nest/notices/notices-options';
export { NoticesController } from './nest/notices/notices.controller';
export { WebhookEndpointsController } from './nest/notices/webhook-endpoints.controller';
