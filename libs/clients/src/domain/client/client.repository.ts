import type { Actor, AuditAction, Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Client, ClientSummary } from './client';
import type { ClientStatus, StatusChange } from './client-status';

export interface ClientSearchCriteria {
  tenantId: TenantId;
  /** Words that each must begin a word of the client's given name, family name or alias. */
  text?: string;
  nationalId?: string;
  status?: ClientStatus;
}

/** A client found for a caller, and whether the caller has a care relation to them. */
export interface ClientInCare {
  client: Client;
  inCare: boolean;
  /** The access asked to be audited was written with the read (in care, not merged away). */
  audited: boolean;
}

/** An access to a client's record, audited with the client as resource and as the client concerned. */
export interface ClientRecordAccess {
  action: AuditAction;
  resourceType: string;
}

/** Port: the client register of one or more municipalities. Every method is tenant-scoped. */
export interface ClientRepository {
  /** The client with its active vulnerability flags, or null when the tenant has no such client. */
  find(tenantId: TenantId, id: string): Promise<Client | null>;
  /**
   * Optional: `find` in the actor's municipality with the actor's care relation, in one round
   * trip; with `access`, its audit row is written in the same statement when the client is in
   * care and not merged away. Without it, the record is found and the relation asked in turn.
   */
  findInCare?(actor: Actor, id: string, access?: ClientRecordAccess): Promise<ClientInCare | null>;
  /** The clients among `ids` that the tenant has, in no particular order. */
  findMany(tenantId: TenantId, ids: readonly string[]): Promise<Client[]>;
  findIdByNationalId(tenantId: TenantId, nationalId: string): Promise<string | null>;
  /**
   * Stores a new client with their first status change; a national id the tenant already has
   * throws `clients.national-id-taken`.
   */
  insert(client: Client, firstStatus: StatusChange): Promise<void>;
  /**
   * Stores `client` if the stored version is still `expectedVersion`, and returns it at the next
   * version; throws the kernel's `staleVersion()` when another write came first.
   */
  update(client: Client, expectedVersion: number): Promise<Client>;
  appendStatusChange(tenantId: TenantId, change: StatusChange): Promise<void>;
  /** Newest first. */
  statusHistory(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<StatusChange>>;
  /** True when `staff` is the client's primary or back-up contact. */
  isAssignedContact(tenantId: TenantId, clientId: string, staff: string): Promise<boolean>;
  /** The clients among `clientIds` whose primary or back-up contact is `staff`, in one query. */
  assignedContactAmong(
    tenantId: TenantId,
    clientIds: readonly string[],
    staff: string,
  ): Promise<string[]>;
  /** Clients matching every given criterion, ordered by name. */
  search(criteria: ClientSearchCriteria, page: PageRequest): Promise<Page<ClientSummary>>;
  /**
   * Optional: `search` narrowed, in the same query, to the clients `actor` has a care relation
   * to, so a page is full of visible clients. Without it the search use case filters each
   * page of candidates through the care relations, a few rounds at most.
   */
  searchInCare?(
    criteria: ClientSearchCriteria,
    actor: Actor,
    page: PageRequest,
  ): Promise<Page<ClientSummary>>;
  /**
   * Optional: `searchInCare` with `access` audited in the same statement (one round trip, no
   * transaction needed): a row per client on the page.
   */
  searchInCareAudited?(
    criteria: ClientSearchCriteria,
    actor: Actor,
    page: PageRequest,
    access: ClientRecordAccess,
  ): Promise<Page<ClientSummary>>;
  /** Clients whose primary or back-up contact is `staff`, ordered by name. */
  caseload(tenantId: TenantId, staff: string, page: PageRequest): Promise<Page<ClientSummary>>;
  /**
   * Optional: `caseload` in the actor's municipality with `access` audited in the same statement
   * (one round trip, no transaction needed): a row per client on the page, `staff` as resource.
   */
  caseloadAudited?(
    actor: Actor,
    staff: string,
    page: PageRequest,
    access: ClientRecordAccess,
  ): Promise<Page<ClientSummary>>;
  /**
   * Pairs of clients, at least one pseudonymous and neither merged away, that share a birth year
   * and a name word's first four letters, or a phone number: the candidates `duplicateReasons`
   * decides on. Oldest registrations first, at most a few hundred.
   */
  possibleDuplicatePairs(tenantId: TenantId): Promise<[string, string][]>;
  /** Ids of clients with status `active`, in id order; a client merged into another is not listed. */
  activeClientIds(tenantId: TenantId, page: PageRequest): Promise<Page<string>>;
}
