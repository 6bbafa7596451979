import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { ServiceCategory, ServiceMode, VulnerabilityFlag } from './shared/vocabulary';

/**
 * What this library needs from the other libraries, as ports. It imports none of them: the
 * application implements these (the reference API in `apps/api/src/wiring/`) with their public
 * operations. Every call runs in the caller's transaction, so an activation applies all of
 * its effects or none.
 */

/** A service as a crisis plan sees it. */
export interface CatalogueService {
  readonly id: string;
  readonly name: string;
  readonly category: ServiceCategory;
  readonly teamId: string;
  readonly critical: boolean;
  readonly mode: ServiceMode;
  /** Competencies a staff member needs to work there, e.g. `lar-dispensing`. */
  readonly requiredCompetencies: readonly string[];
}

export interface ServiceCatalogue {
  /** Every service of the actor's municipality. */
  list(actor: Actor): Promise<CatalogueService[]>;
  /** One service, or `null` when the municipality has no such service. */
  find(actor: Actor, serviceId: string): Promise<CatalogueService | null>;
}

/** Switches services' modes, each with its history entry and `reason`. */
export interface ServiceModes {
  change(
    actor: Actor,
    changes: readonly { serviceId: string; mode: ServiceMode; reason: string }[],
  ): Promise<void>;
}

export interface UnplacedCohortMember {
  readonly clientId: string;
  readonly groupId: string;
  readonly membershipId: string;
}

export interface CohortSizeResult {
  readonly groups: number;
  readonly membersMoved: number;
  /** Per group that changed: members moved and members without a seat. */
  readonly groupsChanged: readonly {
    groupId: string;
    membersMoved: number;
    membersUnplaced: number;
  }[];
  readonly unplaced: readonly UnplacedCohortMember[];
}

/** Re-cohorts the groups of some services to a size and restores them later (GR-4). */
export interface CohortArrangements {
  apply(
    actor: Actor,
    input: { reference: string; maxSize: number; serviceIds: readonly string[] },
  ): Promise<CohortSizeResult>;
  restore(actor: Actor, reference: string): Promise<void>;
}

export interface ActiveEnrolment {
  readonly clientId: string;
  readonly serviceId: string;
}

export interface EnrolledClients {
  /** Active enrolments in these services on the Oslo day `on` (YYYY-MM-DD). */
  activeIn(
    actor: Actor,
    input: { serviceIds: readonly string[]; on: string },
  ): Promise<ActiveEnrolment[]>;
  /** The services one client is enrolled in on `on`. */
  servicesOf(actor: Actor, input: { clientId: string; on: string }): Promise<string[]>;
}

/** What a priority list and a task need about one client (CL-10, CL-1, CL-4). */
export interface ClientFacts {
  readonly clientId: string;
  readonly vulnerabilityFlags: readonly VulnerabilityFlag[];
  readonly reachableByPhone: boolean;
  readonly preferredLanguage: string | null;
  readonly interpreterNeeded: boolean;
  readonly primaryContact: string;
  readonly backupContact: string | null;
}

export interface ClientDirectory {
  /** Facts of these clients (any number; the adapter batches); unknown ids are left out. */
  facts(actor: Actor, clientIds: readonly string[]): Promise<ClientFacts[]>;
}

/** A partner, service or person whose consent lets them contact the client in a crisis (CO-4). */
export interface ConsentedContact {
  readonly kind: 'organisation' | 'role' | 'person';
  readonly description: string;
  readonly consentId: string;
}

export interface CrisisContacts {
  /** Per client, who holds consent to contact them in a crisis (in the order given). */
  contactsOf(
    actor: Actor,
    clientIds: readonly string[],
  ): Promise<{ clientId: string; contacts: ConsentedContact[] }[]>;
}

/** A staff member who is trained and available on a day, with the competencies held. */
export interface AvailableStaff {
  readonly staffId: string;
  readonly subject: string | null;
  readonly name: string;
  readonly teamIds: readonly string[];
  readonly competencies: readonly string[];
}

/** One staff member's competencies valid on a day, on duty or not. */
export interface StaffCompetencies {
  readonly staffId: string;
  readonly name: string;
  readonly competencies: readonly string[];
}

export interface StaffRoster {
  /** Staff on duty and available (not sick, quarantined or lent to a partner) on `on`. */
  availableOn(actor: Actor, on: string): Promise<AvailableStaff[]>;
  /**
   * Optional: one staff member's competencies valid on `on`, whether or not they are on duty;
   * `null` when the municipality has no such staff member. Assigning back-up staff (CR-5) uses
   * it; without it, the member must be among `availableOn` on the assignment's first day.
   */
  competenciesOf?(
    actor: Actor,
    input: { staffId: string; on: string },
  ): Promise<StaffCompetencies | null>;
  /** Which of these staff (token subjects) are away on `on`. */
  absentAmong(
    actor: Actor,
    input: { subjects: readonly string[]; on: string },
  ): Promise<Set<string>>;
}

/** A partner organisation a notice can go to (the services library's partners, SV-7). */
export interface PartnerOrganisation {
  readonly id: string;
  readonly name: string;
}

export interface PartnerDirectory {
  /** Every partner organisation of the actor's municipality. */
  list(actor: Actor): Promise<PartnerOrganisation[]>;
}

export interface LanguageSupportClients {
  /**
   * Active clients flagged `language-difficulty` or with an interpreter need (CL-1, CL-10), in a
   * stable order, page by page (the cursor is the adapter's own). The adapter audits its read.
   */
  needingLanguageSupport(actor: Actor, page: PageRequest): Promise<Page<ClientFacts>>;
}

/** Every port above, as the module options take them. */
export interface OtherLibraries {
  catalogue: ServiceCatalogue;
  serviceModes: ServiceModes;
  cohorts: CohortArrangements;
  enrolments: EnrolledClients;
  clients: ClientDirectory;
  crisisContacts: CrisisContacts;
  staff: StaffRoster;
  /** Notices (CR-6): the partner organisations a notice goes to. */
  partners: PartnerDirectory;
  /** Notices (CR-6): clients to tell about a rule change in person. */
  languageSupport: LanguageSupportClients;
}
