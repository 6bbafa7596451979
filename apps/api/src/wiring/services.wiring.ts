import type { DynamicModule } from '@nestjs/common';
import { ServicesModule } from '@lavterskel/services/nest';

/**
 * @lavterskel/services in the reference API. Global, so that other libraries' adapters can
 * inject its public operations (`ChangeServiceMode`, `FindAvailableStaff`) without importing it.
 * It declares no ports of its own; its care-relation source is listed in care-relations.provider.ts.
 */
export const servicesWiring: DynamicModule = ServicesModule.forRoot({ global: true });
