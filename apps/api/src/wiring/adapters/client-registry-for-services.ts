import type { ClientExists, ClientRequiresTwoStaff } from '@lavterskel/clients';
import type { Actor } from '@lavterskel/kernel';
import type { ClientDirectory } from '@lavterskel/services';

/**
 * The services library's client directory, answered by the client registry in the caller's
 * transaction. The use cases are looked up on first use: the clients module imports the services
 * module (for staff availability), so they do not exist yet when this one is built.
 */
export class ClientRegistryForServices implements ClientDirectory {
  private resolved: { exists: ClientExists; twoStaff: ClientRequiresTwoStaff } | undefined;

  constructor(
    private readonly resolve: () => { exists: ClientExists; twoStaff: ClientRequiresTwoStaff },
  ) {}

  exists(query: { actor: Actor; clientId: string }): Promise<boolean> {
    return this.useCases().exists.execute(query);
  }

  requiresTwoStaff(query: { actor: Actor; clientId: string }): Promise<boolean> {
    return this.useCases().twoStaff.execute(query);
  }

  private useCases() {
    this.resolved ??= this.resolve();
    return this.resolved;
  }
}
