import { ConfigurableModuleBuilder, Module, type Provider, type Type } from '@nestjs/common';
import type { AuditLog, CareRelations, Clock, UnitOfWork } from '@lavterskel/kernel';
import {
  AUDIT_LOG,
  CARE_RELATIONS,
  CLOCK,
  ENTITY_MANAGER,
  UNIT_OF_WORK,
} from '@lavterskel/kernel/nest';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { CrisisModePorts } from '../domain/crisis-mode-ports';
import type { OtherLibraries } from '../domain/other-libraries';
import { CheckCrisisPolicy } from '../domain/policy/check-crisis-policy.use-case';
import { GetEffectivePolicy } from '../domain/policy/get-effective-policy.use-case';
import { typeOrmCrisisModeRepositories } from '../persistence/crisis-mode-repositories';
import { CRISIS_MODE_PORTS } from './crisis-mode.tokens';
import { crisisModeUseCases } from './use-cases';
import { FetchWebhookSender } from '../webhooks/fetch-webhook-sender';
import { NoticeDeliveryWorker } from './notices/notice-delivery.worker';
import type { NoticesModuleOptions } from './notices/notices-options';
import { noticesControllers, noticesProviders } from './notices/notices-providers';
import { NOTICES_OPTIONS } from './notices/notices.tokens';

/** Settings of this library. */
export interface CrisisModeModuleOptions {
  /**
   * What this library needs from the services, groups, clients and consent libraries (or from
   * the host's own systems): see `OtherLibraries`. Each port runs in the caller's transaction.
   */
  otherLibraries: OtherLibraries;
  /** Notices (CR-6): how deliveries are sent and how often the outbox is polled. */
  notices?: NoticesModuleOptions;
}

/** The library's HTTP controllers; `forRoot({ http: false })` leaves them out. Static paths first. */
const controllers: Type[] = [...noticesControllers];

const { ConfigurableModuleClass, MODULE_OPTIONS_TOKEN } =
  new ConfigurableModuleBuilder<CrisisModeModuleOptions>()
    .setClassMethodName('forRoot')
    .setExtras({ http: true }, (definition, extras) => ({
      ...definition,
      controllers: extras.http ? controllers : [],
    }))
    .build();

export const CRISIS_MODE_MODULE_OPTIONS = MODULE_OPTIONS_TOKEN;

const portsProvider: Provider = {
  provide: CRISIS_MODE_PORTS,
  inject: [MODULE_OPTIONS_TOKEN, ENTITY_MANAGER, CLOCK, UNIT_OF_WORK, AUDIT_LOG, CARE_RELATIONS],
  useFactory: (
    options: CrisisModeModuleOptions,
    manager: EntityManagerAccessor,
    clock: Clock,
    unitOfWork: UnitOfWork,
    audit: AuditLog,
    careRelations: CareRelations,
  ): CrisisModePorts => ({
    ...options.otherLibraries,
    clock,
    unitOfWork,
    audit,
    careRelations,
    ...typeOrmCrisisModeRepositories(manager),
    webhooks:
      options.notices?.webhookSender ??
      new FetchWebhookSender({ clock, timeoutMs: options.notices?.delivery?.timeoutMs }),
  }),
};

const noticesOptionsProvider: Provider = {
  provide: NOTICES_OPTIONS,
  inject: [MODULE_OPTIONS_TOKEN],
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
 * CARE_RELATIONS in the application. Exports every use case; other libraries' adapters inject
 * `CheckCrisisPolicy` (CR-7).
 */
@Module({
  providers: [portsProvider, ...useCaseProviders, noticesOptionsProvider, ...noticesProviders],
  exports: [CRISIS_MODE_PORTS, ...crisisModeUseCases, CheckCrisisPolicy, NoticeDeliveryWorker],
})
export class CrisisModeModule extends ConfigurableModuleClass {}
