import type { DynamicModule } from '@nestjs/common';
import type { ExposureDisclosureCheck } from '@lavterskel/groups';
import { GroupsModule } from '@lavterskel/groups/nest';

/**
 * GR-6 until the consent library's sharing decision (CO-2) is wired here: no exposure list is
 * disclosed. Replace with an adapter that asks @lavterskel/consent whether the index client's
 * data may be shared with the actor for the purpose `contact-tracing`.
 */
const denyAllExposureDisclosure: ExposureDisclosureCheck = {
  check: async () => ({
    permitted: false,
    reason: 'No consent service is connected yet; exposure lists are not disclosed.',
  }),
};

/** @lavterskel/groups in the reference API: its module, with the adapters its ports need. */
export const groupsWiring: DynamicModule = GroupsModule.forRoot({
  exposureDisclosureCheck: denyAllExposureDisclosure,
});
