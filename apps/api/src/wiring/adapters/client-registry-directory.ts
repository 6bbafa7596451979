import type { ClientExists } from '@lavterskel/clients';
import type { ClientDirectory as GroupsClientDirectory } from '@lavterskel/groups';
import type { Actor } from '@lavterskel/kernel';

/**
 * The groups library's client directory, answered by the client registry's
 * `ClientExists` (in the caller's transaction). `clientExists` is called on first use, so that a
 * module the clients module itself imports can be given one before the clients module exists.
 */
export class ClientRegistryDirectory implements GroupsClientDirectory {
  private resolved: ClientExists | undefined;

  constructor(private readonly clientExists: () => ClientExists) {}

  exists(query: { actor: Actor; clientId: string }): Promise<boolean> {
    this.resolved ??= this.clientExists();
    return this.resolved.execute(query);
  }
}
