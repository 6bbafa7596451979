import { Module, type Provider } from '@nestjs/common';
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

const portsProvider: Provider = {
  provide: CRISIS_MODE_PORTS,
  inject: [
    CRISIS_MODE_MODULE_OPTIONS,
    ENTITY_MANAGER,
    CLOCK,
    UNIT_OF_WORK,
    AUDIT_LOG,
    CARE_RELATIONS,
  ],
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
  }),
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
 * `CheckCrisisPolicy` (CR-7). Polls for scheduled level changes (`schedulerIntervalMs`).
 */
@Module({
  providers: [portsProvider, ...useCaseProviders, ScheduledChangeWorker],
  exports: [CRISIS_MODE_PORTS, ...crisisModeUseCases, CheckCrisisPolicy, ScheduledChangeWorker],
})
export class CrisisModeModule extends ConfigurableModuleClass {}

export { CRISIS_MODE_MODULE_OPTIONS, type CrisisModeModuleOptions };
