import type { DynamicModule } from '@nestjs/common';
import { ConsentModule } from '@lavterskel/consent/nest';

/** @lavterskel/consent in the reference API: its module, with the adapters its ports need. */
export const consentWiring: DynamicModule = ConsentModule.forRoot({});
