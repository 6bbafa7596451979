import { Module, type Provider } from '@nestjs/common';
import type { AuditLog, CareRelations, Clock, UnitOfWork } from '@lavterskel/kernel';
import {
  APPLICATION_CARE_RELATIONS,
  AUDIT_LOG,
  CLOCK,
  ENTITY_MANAGER,
  UNIT_OF_WORK,
  chooseCareRelations,
} from '@lavterskel/kernel/nest';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { CrisisModePorts } from '../domain/crisis-mode-ports';
import { CheckCrisisPolicy } from '../domain/policy/check-crisis-policy.use-case';
import { GetEffectivePolicy } from '../domain/policy/get-effective-policy.use-case';
import { typeOrmCrisisModeRepositories } from '../persistence/crisis-mode-repositories';
import {
  CRISIS_MODE_MODULE_OPTIONS,
  ConfigurableModuleClass,
  type CrisisModeModuleOptions,
} from './crisis-mode.module-definition';
import { CRISIS_MODE_PORTS } from './crisis-mode.tokens';
import { ScheduledChangeWorker } from './scheduled-change.worker';
import { crisisModeUseCases } from './use-cases';
import { FetchWebhookSender } from '../webhooks/fetch-webhook-sender';
import { NoticeDeliveryWorker } from './notices/notice-delivery.worker';
import type { NoticesModuleOptions } from './notices/notices-options';
import { noticesProviders } from './notices/notices-providers';
import { NOTICES_OPTIONS } from './notices/notices.tokens';

const portsProvider: Provider = {
  provide: CRISIS_MODE_PORTS,
  inject: [
    CRISIS_MODE_MODULE_OPTIONS,
    ENTITY_MANAGER,
    CLOCK,
    UNIT_OF_WORK,
    AUDIT_LOG,
    APPLICATION_CARE_RELATIONS,
  ],
  useFactory: (
    options: CrisisModeModuleOptions,
    manager: EntityManagerAccessor,
    clock: Clock,
    unitOfWork: UnitOfWork,
    audit: AuditLog,
    careRelations: CareRelations | undefined,
  ): CrisisModePorts => ({
    ...options.otherLibraries,
    clock,
    unitOfWork,
    audit,
    careRelations: chooseCareRelations('CrisisModeModule', options.careRelations, careRelations),
    ...typeOrmCrisisModeRepositories(manager),
    webhooks:
      options.notices?.webhookSender ??
      new FetchWebhookSender({ clock, timeoutMs: options.notices?.delivery?.timeoutMs }),
  }),
};

const noticesOptionsProvider: Provider = {
  provide: NOTICES_OPTIONS,
  inject: [CRISIS_MODE_MODULE_OPTIONS],
  useFactory: (options: CrisisModeModuleOptions): NoticesModuleOptions => options.notices ?? {},
};

const useCaseProviders: Provider[] = [
  ...crisisModeUseCases.map((useCase) => ({
    provide: useCase,
    inject: [CRISIS_MODE_PORTS],
    useFactory: (ports: CrisisModePorts) => new useCase(ports),
  })),
  {
    provide: CheckCrisisPolicy,
    inject: [GetEffectivePolicy],
    useFactory: (policies: GetEffectivePolicy) => new CheckCrisisPolicy(policies),
  },
];

/**
 * Crisis plans, level changes with their effects, follow-up tasks, priority lists, staffing
 * and notices. Needs KernelModule, a TypeORM DataSource with `crisisModePersistence`, and
 * need-to-know (the `careRelations` option, else CARE_RELATIONS in the application). Exports
 * every use case; other libraries' adapters inject `CheckCrisisPolicy` (CR-7). Polls for
 * scheduled level changes (`schedulerIntervalMs`).
 */
@Module({
  providers: [
    portsProvider,
    ...useCaseProviders,
    ScheduledChangeWorker,
    noticesOptionsProvider,
    ...noticesProviders,
  ],
  exports: [
    CRISIS_MODE_PORTS,
    ...crisisModeUseCases,
    CheckCrisisPolicy,
    ScheduledChangeWorker,
    NoticeDeliveryWorker,
  ],
})
export class CrisisModeModule extends ConfigurableModuleClass {}

export { CRISIS_MODE_MODULE_OPTIONS, type CrisisModeModuleOptions };
