import type { DynamicModule } from '@nestjs/common';
import { ServicesModule, type ServicesModuleOptions } from '@lavterskel/services/nest';
import { CrisisServicesRules } from './adapters/crisis-services-rules';
import { CRISIS_POLICY, type CrisisPolicy } from './crisis-policy.provider';

/**
 * @lavterskel/services in the reference API. Global, so that other libraries' adapters can
 * inject its public operations (`ChangeServiceMode`, `FindAvailableStaff`) without importing it.
 * Its crisis rules (CR-7) are crisis mode's policy in force; its care-relation source is listed
 * in care-relations.provider.ts.
 */
export const servicesWiring: DynamicModule = ServicesModule.forRootAsync({
  global: true,
  inject: [CRISIS_POLICY],
  useFactory: (policy: CrisisPolicy): ServicesModuleOptions => ({
    crisisRules: new CrisisServicesRules(policy),
  }),
});
