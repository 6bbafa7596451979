import type { ClientExists, ClientExistsInCare, FindMergeSurvivor } from '@lavterskel/clients';
import type { ClientDirectory as GroupsClientDirectory } from '@lavterskel/groups';
import type { Actor } from '@lavterskel/kernel';
import { refuseMergedClient } from './merged-client-refusal';

/**
 * The groups library's client directory, answered by the client registry's
 * `ClientExists` (in the caller's transaction). `clientExists` is called on first use, so that a
 * module the clients module itself imports can be given one before the clients module exists.
 */
export class ClientRegistryDirectory implements GroupsClientDirectory {
  private resolved: RegistryUseCases | undefined;

  constructor(private readonly useCases: () => RegistryUseCases) {}

  /** A client merged into another is refused naming the survivor (409), not "no such client". */
  async exists(query: { actor: Actor; clientId: string }): Promise<boolean> {
    this.resolved ??= this.useCases();
    const known = await this.resolved.exists.execute(query);
    if (!known) await refuseMergedClient(this.resolved.survivor, query);
    return known;
  }

  /** `exists` and the caller's care relation in one read of the registry. */
  async existsInCare(query: { actor: Actor; clientId: string }) {
    this.resolved ??= this.useCases();
    const found = await this.resolved.existsInCare.execute(query);
    if (!found.exists) await refuseMergedClient(this.resolved.survivor, query);
    return found;
  }
}

interface RegistryUseCases {
  exists: ClientExists;
  existsInCare: ClientExistsInCare;
  survivor: FindMergeSurvivor;
}
