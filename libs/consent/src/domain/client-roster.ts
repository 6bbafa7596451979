import type { Actor } from '@lavterskel/kernel';

/**
 * Port: the municipality's clients, as the client registry knows them. The application
 * supplies it (the reference API: from @lavterskel/clients). Reading the roster is an access
 * by `actor`, in `actor`'s municipality, and the registry audits it as such.
 */
export interface ClientRoster {
  /** Ids of the municipality's active clients in ascending order, those after `after` only, at most `limit`. */
  activeClientIds(query: { actor: Actor; after?: string; limit: number }): Promise<string[]>;
  /** Is `clientId` a client of the municipality, in any status? */
  isClient(query: { actor: Actor; clientId: string }): Promise<boolean>;
}
