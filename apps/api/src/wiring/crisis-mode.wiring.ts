import type { DynamicModule } from '@nestjs/common';
import type { OtherLibraries } from '@lavterskel/crisis-mode';
import { CrisisModeModule } from '@lavterskel/crisis-mode/nest';

// Work in progress: the adapters to the other libraries land in the next commits.
const notWiredYet = new Proxy(
  {},
  { get: () => () => Promise.reject(new Error('crisis-mode wiring is not built yet')) },
) as OtherLibraries;

/** @lavterskel/crisis-mode in the reference API: its module, with the adapters its ports need. */
export const crisisModeWiring: DynamicModule = CrisisModeModule.forRoot({
  otherLibraries: notWiredYet,
});
