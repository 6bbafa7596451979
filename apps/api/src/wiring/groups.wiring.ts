import type { DynamicModule } from '@nestjs/common';
import { ClientExists, ClientExistsInCare, FindMergeSurvivor } from '@lavterskel/clients';
import { SharingPolicyService } from '@lavterskel/consent/nest';
import { GroupsModule, type GroupsModuleOptions } from '@lavterskel/groups/nest';
import type { Clock } from '@lavterskel/kernel';
import { CLOCK } from '@lavterskel/kernel/nest';
import type { ServicesPorts } from '@lavterskel/services';
import { SERVICES_PORTS } from '@lavterskel/services/nest';
import type { ApiConfig } from '../config/api-config';
import { API_CONFIG } from '../config/api-config.token';
import { ClientRegistryDirectory } from './adapters/client-registry-directory';
import { ConsentExposureDisclosure } from './adapters/consent-exposure-disclosure';
import { CrisisGroupRules } from './adapters/crisis-group-rules';
import { clientsWiring } from './clients.wiring';
import { consentWiring } from './consent.wiring';
import { CRISIS_POLICY, type CrisisPolicy } from './crisis-policy.provider';

/**
 * @lavterskel/groups in the reference API: exposure lists (GR-6) are decided by the consent
 * library, and joining clients are checked against the client registry. Joins obey crisis
 * mode's policy in force (CR-7), with residency from the services library's enrolments.
 */
export const groupsWiring: DynamicModule = GroupsModule.forRootAsync({
  imports: [consentWiring, clientsWiring],
  inject: [
    SharingPolicyService,
    ClientExists,
    ClientExistsInCare,
    FindMergeSurvivor,
    API_CONFIG,
    CRISIS_POLICY,
    SERVICES_PORTS,
    CLOCK,
  ],
  useFactory: (
    sharing: SharingPolicyService,
    exists: ClientExists,
    existsInCare: ClientExistsInCare,
    survivor: FindMergeSurvivor,
    config: ApiConfig,
    policy: CrisisPolicy,
    services: ServicesPorts,
    clock: Clock,
  ): GroupsModuleOptions => ({
    exposureDisclosureCheck: new ConsentExposureDisclosure(
      sharing,
      config.municipalityOrganisations,
    ),
    clientDirectory: new ClientRegistryDirectory(() => ({ exists, existsInCare, survivor })),
    crisisRules: new CrisisGroupRules(policy, services.enrolments, clock),
  }),
});
