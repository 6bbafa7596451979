import type { DynamicModule } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ClientExists, ClientRequiresTwoStaff, FindMergeSurvivor } from '@lavterskel/clients';
import { SharingPolicyService } from '@lavterskel/consent/nest';
import { ServicesModule, type ServicesModuleOptions } from '@lavterskel/services/nest';
import { ClientRegistryForServices } from './adapters/client-registry-for-services';
import { ConsentReferralSharing } from './adapters/consent-referral-sharing';
import { CrisisServicesRules } from './adapters/crisis-services-rules';
import type { ApiConfig } from '../config/api-config';
import { API_CONFIG } from '../config/api-config.token';
import { CRISIS_POLICY, type CrisisPolicy } from './crisis-policy.provider';

/**
 * @lavterskel/services in the reference API. Global, so that other libraries' adapters can
 * inject its public operations (`ChangeServiceMode`, `FindAvailableStaff`) without importing it.
 * Its client directory is the client registry (existence, and the violence-risk rule from the
 * record); the clients module imports this one (for staff availability), so its use cases are
 * looked up on first use rather than imported.
 * Its crisis rules (CR-7) are crisis mode's policy in force. A referral's information sharing is
 * decided by the consent library, looked up on first use (consent's module imports clients').
 * Its care-relation source is listed in care-relations.provider.ts.
 */
export const servicesWiring: DynamicModule = ServicesModule.forRootAsync({
  global: true,
  inject: [ModuleRef, CRISIS_POLICY, API_CONFIG],
  useFactory: (
    moduleRef: ModuleRef,
    policy: CrisisPolicy,
    config: ApiConfig,
  ): ServicesModuleOptions => ({
    clientDirectory: new ClientRegistryForServices(() => ({
      exists: moduleRef.get(ClientExists, { strict: false }),
      twoStaff: moduleRef.get(ClientRequiresTwoStaff, { strict: false }),
      survivor: moduleRef.get(FindMergeSurvivor, { strict: false }),
    })),
    crisisRules: new CrisisServicesRules(policy),
    referralSharing: new ConsentReferralSharing(
      () => moduleRef.get(SharingPolicyService, { strict: false }),
      config.municipalityOrganisations,
    ),
  }),
});
