import type { ClientExists, ClientRequiresTwoStaff, FindMergeSurvivor } from '@lavterskel/clients';
import type { Actor } from '@lavterskel/kernel';
import type { ClientDirectory } from '@lavterskel/services';
import { refuseMergedClient } from './merged-client-refusal';

interface UseCases {
  exists: ClientExists;
  twoStaff: ClientRequiresTwoStaff;
  survivor: FindMergeSurvivor;
}

/**
 * The services library's client directory, answered by the client registry in the caller's
 * transaction. The use cases are looked up on first use: the clients module imports the services
 * module (for staff availability), so they do not exist yet when this one is built.
 */
export class ClientRegistryForServices implements ClientDirectory {
  private resolved: UseCases | undefined;

  constructor(private readonly resolve: () => UseCases) {}

  /** A client merged into another is refused naming the survivor (409), not "no such client". */
  async exists(query: { actor: Actor; clientId: string }): Promise<boolean> {
    const known = await this.useCases().exists.execute(query);
    if (!known) await refuseMergedClient(this.useCases().survivor, query);
    return known;
  }

  requiresTwoStaff(query: { actor: Actor; clientId: string }): Promise<boolean> {
    return this.useCases().twoStaff.execute(query);
  }

  private useCases() {
    this.resolved ??= this.resolve();
    return this.resolved;
  }
}
