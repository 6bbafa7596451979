import type { DynamicModule } from '@nestjs/common';
import { ServicesModule } from '@lavterskel/services/nest';

/** @lavterskel/services in the reference API: its module, with the adapters its ports need. */
export const servicesWiring: DynamicModule = ServicesModule.forRoot({});
