import type { DynamicModule } from '@nestjs/common';
import { ClientExists } from '@lavterskel/clients';
import { SharingPolicyService } from '@lavterskel/consent/nest';
import { GroupsModule } from '@lavterskel/groups/nest';
import type { ApiConfig } from '../config/api-config';
import { API_CONFIG } from '../config/api-config.token';
import { ClientRegistryDirectory } from './adapters/client-registry-directory';
import { ConsentExposureDisclosure } from './adapters/consent-exposure-disclosure';
import { clientsWiring } from './clients.wiring';
import { consentWiring } from './consent.wiring';

/**
 * @lavterskel/groups in the reference API: exposure lists (GR-6) are decided by the consent
 * library, and joining clients are checked against the client registry.
 */
export const groupsWiring: DynamicModule = GroupsModule.forRootAsync({
  imports: [consentWiring, clientsWiring],
  inject: [SharingPolicyService, ClientExists, API_CONFIG],
  useFactory: (sharing: SharingPolicyService, exists: ClientExists, config: ApiConfig) => ({
    exposureDisclosureCheck: new ConsentExposureDisclosure(
      sharing,
      config.municipalityOrganisations,
    ),
    clientDirectory: new ClientRegistryDirectory(() => exists),
  }),
});
