import type { ClientExists, FindMergeSurvivor } from '@lavterskel/clients';
import type { ClientDirectory as GroupsClientDirectory } from '@lavterskel/groups';
import type { Actor } from '@lavterskel/kernel';
import { refuseMergedClient } from './merged-client-refusal';

/**
 * The groups library's client directory, answered by the client registry's
 * `ClientExists` (in the caller's transaction). `clientExists` is called on first use, so that a
 * module the clients module itself imports can be given one before the clients module exists.
 */
export class ClientRegistryDirectory implements GroupsClientDirectory {
  private resolved: { exists: ClientExists; survivor: FindMergeSurvivor } | undefined;

  constructor(
    private readonly useCases: () => { exists: ClientExists; survivor: FindMergeSurvivor },
  ) {}

  /** A client merged into another is refused naming the survivor (409), not "no such client". */
  async exists(query: { actor: Actor; clientId: string }): Promise<boolean> {
    this.resolved ??= this.useCases();
    const known = await this.resolved.exists.execute(query);
    if (!known) await refuseMergedClient(this.resolved.survivor, query);
    return known;
  }
}
