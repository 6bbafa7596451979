import type { DynamicModule } from '@nestjs/common';
import { CrisisModeModule } from '@lavterskel/crisis-mode/nest';

/** @lavterskel/crisis-mode in the reference API: its module, with the adapters its ports need. */
export const crisisModeWiring: DynamicModule = CrisisModeModule.forRoot({});
