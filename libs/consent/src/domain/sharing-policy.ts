import type { Actor } from '@lavterskel/kernel';
import type { ClientContactability } from './crisis-contactability';
import type { Disclosure } from './disclosure';
import type { LegalBasisClaim } from './legal-basis';
import type { Recipient } from './recipient';
import type { SharingDecision } from './sharing-decision';

/** "May `actor` share `category` of the client with `recipient` for `purpose` now?" */
export interface SharingRequest {
  actor: Actor;
  clientId: string;
  category: string;
  purpose: string;
  recipient: Recipient;
  /** A legal basis to rely on if no consent permits: justified in writing, logged, reviewed. */
  legalBasis?: LegalBasisClaim;
}

export interface DisclosureRequest {
  actor: Actor;
  /** The permitting decision the share rests on; it must be the actor's own. */
  decisionId: string;
  /** What exactly was shared, in words the client can read. */
  description: string;
}

/**
 * The port other libraries use (through the application's wiring) before information leaves a
 * service. Every operation runs in the caller's transaction (UnitOfWork joins) and is audited.
 * It does not check need-to-know: the calling operation has already decided that the actor
 * may work with these clients (e.g. an exposure query for contact tracing).
 */
export interface SharingPolicy {
  /** Decides and logs the decision (CO-2). Throws ConsentError(InvalidInput) for unknown codes or an unjustified legal basis. */
  decide(request: SharingRequest): Promise<SharingDecision>;
  /** Logs one share on a permitting decision (CO-3). */
  recordDisclosure(request: DisclosureRequest): Promise<Disclosure>;
  /** Who may contact each of these clients in a crisis, by their consents now (CO-4), in the order given. */
  crisisContacts(request: {
    actor: Actor;
    clientIds: readonly string[];
  }): Promise<ClientContactability[]>;
}
