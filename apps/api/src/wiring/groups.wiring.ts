import type { DynamicModule } from '@nestjs/common';
import { SharingPolicyService } from '@lavterskel/consent/nest';
import { GroupsModule } from '@lavterskel/groups/nest';
import type { ApiConfig } from '../config/api-config';
import { API_CONFIG } from '../config/api-config.token';
import { ConsentExposureDisclosure } from './adapters/consent-exposure-disclosure';
import { consentWiring } from './consent.wiring';

/** @lavterskel/groups in the reference API: exposure lists (GR-6) are decided by the consent library. */
export const groupsWiring: DynamicModule = GroupsModule.forRootAsync({
  imports: [consentWiring],
  inject: [SharingPolicyService, API_CONFIG],
  useFactory: (sharing: SharingPolicyService, config: ApiConfig) => ({
    exposureDisclosureCheck: new ConsentExposureDisclosure(
      sharing,
      config.municipalityOrganisations,
    ),
  }),
});
