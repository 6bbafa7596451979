import type { DynamicModule } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ClientExists } from '@lavterskel/clients';
import { ServicesModule, type ServicesModuleOptions } from '@lavterskel/services/nest';
import { ClientRegistryDirectory } from './adapters/client-registry-directory';
import { CrisisServicesRules } from './adapters/crisis-services-rules';
import { CRISIS_POLICY, type CrisisPolicy } from './crisis-policy.provider';

/**
 * @lavterskel/services in the reference API. Global, so that other libraries' adapters can
 * inject its public operations (`ChangeServiceMode`, `FindAvailableStaff`) without importing it.
 * Its client directory is the client registry; the clients module imports this one (for staff
 * availability), so `ClientExists` is looked up on first use rather than imported.
 * Its crisis rules (CR-7) are crisis mode's policy in force.
 * Its care-relation source is listed in care-relations.provider.ts.
 */
export const servicesWiring: DynamicModule = ServicesModule.forRootAsync({
  global: true,
  inject: [ModuleRef, CRISIS_POLICY],
  useFactory: (moduleRef: ModuleRef, policy: CrisisPolicy): ServicesModuleOptions => ({
    clientDirectory: new ClientRegistryDirectory(() =>
      moduleRef.get(ClientExists, { strict: false }),
    ),
    crisisRules: new CrisisServicesRules(policy),
  }),
});
