import type { ServiceMode, ServiceModes } from '@lavterskel/crisis-mode';
import type { Actor } from '@lavterskel/kernel';
import type { ChangeServiceModes } from '@lavterskel/services';

/** Crisis mode switches services' modes through the services library's batch operation (SV-1). */
export class ServicesModes implements ServiceModes {
  constructor(private readonly changeServiceModes: ChangeServiceModes) {}

  async change(
    actor: Actor,
    changes: readonly { serviceId: string; mode: ServiceMode; reason: string }[],
  ): Promise<void> {
    await this.changeServiceModes.execute({ actor, changes });
  }
}
