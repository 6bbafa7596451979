import type { Actor, Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Consent } from './consent';

/** Port: consents and their versions. Implementations join the caller's transaction. */
export interface ConsentRepository {
  /** Stores a new consent with its version 1. */
  add(consent: Consent): Promise<void>;
  /** Appends the next version; throws the kernel's staleVersion() if that version exists already. */
  appendVersion(next: Consent): Promise<void>;
  /** The current version, with the consent locked against other changes until the transaction ends. */
  currentForUpdate(tenantId: TenantId, consentId: string): Promise<Consent | null>;
  current(tenantId: TenantId, consentId: string): Promise<Consent | null>;
  /** Every version, oldest first; empty when there is no such consent. */
  versions(tenantId: TenantId, consentId: string): Promise<Consent[]>;
  /** The current version of each of the client's consents, oldest consent first. */
  currentOfClient(tenantId: TenantId, clientId: string): Promise<Consent[]>;
  /**
   * Optional: `currentOfClient` in the actor's municipality with whether the actor has a care
   * relation to the client, in one round trip. Without it the relation is asked before.
   */
  currentOfClientInCare?(
    actor: Actor,
    clientId: string,
  ): Promise<{ consents: Consent[]; inCare: boolean }>;
  /** The same, for several clients at once. */
  currentOfClients(tenantId: TenantId, clientIds: readonly string[]): Promise<Consent[]>;
  /** The current version of the client's consents, newest consent first. */
  pageOfClient(tenantId: TenantId, clientId: string, page: PageRequest): Promise<Page<Consent>>;
}
