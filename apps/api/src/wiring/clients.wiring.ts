import type { DynamicModule } from '@nestjs/common';
import { ClientsModule } from '@lavterskel/clients/nest';

/** @lavterskel/clients in the reference API: its module, with the adapters its ports need. */
export const clientsWiring: DynamicModule = ClientsModule.forRoot({});
