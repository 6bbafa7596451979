import type { Actor } from '@lavterskel/kernel';

/**
 * Port: the municipality's client registry. A client who joins a group must be one it knows;
 * the application supplies it (the reference API: `ClientExists` of @lavterskel/clients).
 */
export interface ClientDirectory {
  /** Is `clientId` a client of `actor`'s municipality, in any status? Reveals existence only. */
  exists(query: { actor: Actor; clientId: string }): Promise<boolean>;
  /**
   * Optional: `exists` and whether `actor` has a care relation to the client, in one
   * read. Without it the care relations are asked after `exists`.
   */
  existsInCare?(query: {
    actor: Actor;
    clientId: string;
  }): Promise<{ exists: boolean; inCare: boolean }>;
}
