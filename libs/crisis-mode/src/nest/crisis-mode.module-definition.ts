import { ConfigurableModuleBuilder, type Type } from '@nestjs/common';
import type { CareRelations } from '@lavterskel/kernel';
import { withLibraryConventions } from '@lavterskel/kernel/nest';
import type { OtherLibraries } from '../domain/other-libraries';
import { CrisisExceptionsController } from './exceptions/crisis-exceptions.controller';
import { CrisisLevelController } from './level/crisis-level.controller';
import { CrisisPlansController } from './plans/crisis-plans.controller';
import { EffectivePolicyController } from './policy/effective-policy.controller';
import { PriorityListController } from './reports/priority-list.controller';
import { StaffingController } from './reports/staffing.controller';
import { TasksController } from './tasks/tasks.controller';
import type { NoticesModuleOptions } from './notices/notices-options';
import { noticesControllers } from './notices/notices-providers';

/** Settings of this library. */
export interface CrisisModeModuleOptions {
  /**
   * What this library needs from the services, groups, clients and consent libraries (or from
   * the host's own systems): see `OtherLibraries`. Each port runs in the caller's transaction.
   */
  otherLibraries: OtherLibraries;
  /** How often to look for due scheduled level changes; 0 turns polling off. Default 10 s. */
  schedulerIntervalMs?: number;
  /** Notices (CR-6): how deliveries are sent and how often the outbox is polled. */
  notices?: NoticesModuleOptions;
  /** Need-to-know: who serves which client. Default: the application's global CARE_RELATIONS. */
  careRelations?: CareRelations;
}

/** The library's HTTP controllers; `forRoot({ http: false })` leaves them out. Static paths first. */
const controllers: Type[] = withLibraryConventions([
  CrisisPlansController,
  CrisisLevelController,
  EffectivePolicyController,
  CrisisExceptionsController,
  PriorityListController,
  StaffingController,
  TasksController,
  ...noticesControllers,
]);

export const { ConfigurableModuleClass, MODULE_OPTIONS_TOKEN: CRISIS_MODE_MODULE_OPTIONS } =
  new ConfigurableModuleBuilder<CrisisModeModuleOptions>()
    .setClassMethodName('forRoot')
    .setExtras({ http: true }, (definition, extras) => ({
      ...definition,
      controllers: extras.http ? controllers : [],
    }))
    .build();
