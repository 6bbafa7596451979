import type { Actor, TenantId } from '@lavterskel/kernel';
import type {
  LanguageSupportClients,
  PartnerDirectory,
  PartnerOrganisation,
  ActiveEnrolment,
  AvailableStaff,
  CatalogueService,
  ClientDirectory,
  ClientFacts,
  CohortArrangements,
  CohortSizeResult,
  ConsentedContact,
  CrisisContacts,
  EnrolledClients,
  OtherLibraries,
  ServiceCatalogue,
  ServiceModes,
  StaffCompetencies,
  StaffRoster,
  UnplacedCohortMember,
} from '../other-libraries';
import type { ServiceMode } from '../shared/vocabulary';

/**
 * In-memory stand-ins for the other libraries, as `OtherLibraries` ports, holding one small
 * world of several municipalities. Each port keeps to its owner's rules where crisis mode
 * relies on them: tenant isolation, Oslo days with inclusive periods, staff availability (an
 * absence wins over an on-duty period; off duty without an on-duty period), competencies
 * valid on the day, crisis contacts only from consents in force. `breakPort(name)` makes
 * every call of one port fail, to test that a use case leaves nothing half-done.
 */

export interface FakeService extends CatalogueService {
  readonly tenantId: TenantId;
}

export interface FakeEnrolment {
  readonly tenantId: TenantId;
  readonly clientId: string;
  readonly serviceId: string;
  /** Oslo days, inclusive; `to: null` while enrolled. */
  readonly from: string;
  readonly to: string | null;
}

export interface FakeClient extends ClientFacts {
  readonly tenantId: TenantId;
}

export interface FakeCrisisConsent {
  readonly tenantId: TenantId;
  readonly clientId: string;
  readonly contact: ConsentedContact;
  /** `null`: until withdrawn. */
  readonly validTo: Date | null;
  readonly withdrawnAt: Date | null;
}

export type FakeAvailabilityStatus = 'on-duty' | 'sick' | 'quarantined' | 'lent-to-partner';

export interface FakeStaffMember {
  readonly tenantId: TenantId;
  readonly staffId: string;
  readonly subject: string | null;
  readonly name: string;
  readonly teamIds: readonly string[];
  /** `to: null`: does not expire. Days inclusive. */
  readonly competencies: readonly { code: string; from: string; to: string | null }[];
  readonly availability: readonly { status: FakeAvailabilityStatus; from: string; to: string }[];
}

export interface FakeGroup {
  readonly tenantId: TenantId;
  readonly groupId: string;
  readonly serviceId: string;
  /** Fixed time slots the group has: with size N it seats at most `slots × N`. */
  readonly slots: number;
  /** In seat order; the first N are in the first cohort, and so on. */
  members: { membershipId: string; clientId: string }[];
}

export type PortName = keyof OtherLibraries;

export class InMemoryOtherLibraries implements OtherLibraries {
  readonly services: FakeService[] = [];
  readonly enrolmentRecords: FakeEnrolment[] = [];
  readonly clientRecords: FakeClient[] = [];
  readonly consents: FakeCrisisConsent[] = [];
  readonly staffMembers: FakeStaffMember[] = [];
  readonly groups: FakeGroup[] = [];
  /** Every mode change, in order: the services library's mode history. */
  readonly modeHistory: {
    tenantId: TenantId;
    serviceId: string;
    from: ServiceMode;
    to: ServiceMode;
    reason: string;
  }[] = [];
  /** Calls per port and method, e.g. `clients.facts`: to show work is set-based. */
  readonly calls = new Map<string, number>();
  /** Client-fact batches asked for, by size. */
  readonly factBatches: number[] = [];
  private readonly broken = new Set<PortName>();
  private readonly arrangements = new Map<
    string,
    { tenantId: TenantId; before: Map<string, FakeGroup['members']> }
  >();

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Every call of this port fails from now on. */
  breakPort(name: PortName): void {
    this.broken.add(name);
  }

  private call(port: PortName, method: string): void {
    if (this.broken.has(port)) throw new Error(`${port} is down (injected fault)`);
    const key = `${port}.${method}`;
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
  }

  readonly catalogue: ServiceCatalogue = {
    list: async (actor) => {
      this.call('catalogue', 'list');
      return this.services.filter((s) => s.tenantId === actor.tenantId).map(asService);
    },
    find: async (actor, serviceId) => {
      this.call('catalogue', 'find');
      const found = this.serviceOf(actor, serviceId);
      return found ? asService(found) : null;
    },
  };

  readonly serviceModes: ServiceModes = {
    change: async (actor, changes) => {
      this.call('serviceModes', 'change');
      const found = changes.map((change) => {
        const service = this.serviceOf(actor, change.serviceId);
        if (!service) throw new Error(`No service with this id: ${change.serviceId}`);
        return { service, change };
      });
      for (const { service, change } of found) {
        const index = this.services.indexOf(service);
        this.services[index] = { ...service, mode: change.mode };
        this.modeHistory.push({
          tenantId: actor.tenantId,
          serviceId: service.id,
          from: service.mode,
          to: change.mode,
          reason: change.reason,
        });
      }
    },
  };

  readonly cohorts: CohortArrangements = {
    apply: async (actor, input): Promise<CohortSizeResult> => {
      this.call('cohorts', 'apply');
      if (this.arrangements.has(`${actor.tenantId}:${input.reference}`))
        throw new Error(`The arrangement reference ${input.reference} is taken`);
      const scope = new Set(input.serviceIds.map((id) => id.toLowerCase()));
      const groups = this.groups.filter(
        (g) => g.tenantId === actor.tenantId && scope.has(g.serviceId.toLowerCase()),
      );
      const before = new Map(groups.map((g) => [g.groupId, [...g.members]]));
      let membersMoved = 0;
      const unplaced: UnplacedCohortMember[] = [];
      const groupsChanged: { groupId: string; membersMoved: number; membersUnplaced: number }[] =
        [];
      for (const group of groups) {
        const movedBefore = membersMoved;
        const unplacedBefore = unplaced.length;
        const seats = group.slots * input.maxSize;
        // Cohort of a seat before and after: members keep their order, so a move is a changed cohort.
        const oldSize = Math.max(1, Math.ceil(group.members.length / Math.max(1, group.slots)));
        group.members.forEach((member, seat) => {
          if (seat >= seats)
            unplaced.push({
              clientId: member.clientId,
              groupId: group.groupId,
              membershipId: member.membershipId,
            });
          else if (Math.floor(seat / oldSize) !== Math.floor(seat / input.maxSize)) membersMoved++;
        });
        group.members = group.members.slice(0, seats);
        const change = {
          groupId: group.groupId,
          membersMoved: membersMoved - movedBefore,
          membersUnplaced: unplaced.length - unplacedBefore,
        };
        if (change.membersMoved > 0 || change.membersUnplaced > 0) groupsChanged.push(change);
      }
      this.arrangements.set(`${actor.tenantId}:${input.reference}`, {
        tenantId: actor.tenantId,
        before,
      });
      return { groups: groups.length, membersMoved, unplaced, groupsChanged };
    },
    restore: async (actor, reference) => {
      this.call('cohorts', 'restore');
      const key = `${actor.tenantId}:${reference}`;
      const arrangement = this.arrangements.get(key);
      if (!arrangement) throw new Error(`No arrangement with the reference ${reference}`);
      for (const group of this.groups) {
        const members = arrangement.before.get(group.groupId);
        if (members && group.tenantId === actor.tenantId) group.members = [...members];
      }
      this.arrangements.delete(key);
    },
  };

  readonly enrolments: EnrolledClients = {
    activeIn: async (actor, input): Promise<ActiveEnrolment[]> => {
      this.call('enrolments', 'activeIn');
      const scope = new Set(input.serviceIds.map((id) => id.toLowerCase()));
      return this.enrolmentRecords
        .filter(
          (e) =>
            e.tenantId === actor.tenantId &&
            scope.has(e.serviceId.toLowerCase()) &&
            within(input.on, e.from, e.to),
        )
        .map(({ clientId, serviceId }) => ({ clientId, serviceId }));
    },
    servicesOf: async (actor, input) => {
      this.call('enrolments', 'servicesOf');
      return this.enrolmentRecords
        .filter(
          (e) =>
            e.tenantId === actor.tenantId &&
            e.clientId === input.clientId &&
            within(input.on, e.from, e.to),
        )
        .map((e) => e.serviceId);
    },
  };

  readonly partnerRecords: (PartnerOrganisation & { tenantId: TenantId })[] = [];

  readonly partners: PartnerDirectory = {
    list: async (actor) =>
      this.partnerRecords
        .filter((partner) => partner.tenantId === actor.tenantId)
        .map(({ id, name }) => ({ id, name })),
  };

  readonly languageSupport: LanguageSupportClients = {
    needingLanguageSupport: async (actor, page) => {
      const all = this.clientRecords
        .filter(
          (client) =>
            client.tenantId === actor.tenantId &&
            (client.interpreterNeeded || client.vulnerabilityFlags.includes('language-difficulty')),
        )
        .sort((a, b) => (a.clientId < b.clientId ? -1 : 1));
      const start = page.cursor ? Number(page.cursor) : 0;
      const limit = page.limit ?? 20;
      const items = all.slice(start, start + limit).map(({ tenantId: _tenant, ...facts }) => facts);
      return { items, nextCursor: start + limit < all.length ? String(start + limit) : null };
    },
  };

  readonly clients: ClientDirectory = {
    facts: async (actor, clientIds) => {
      this.call('clients', 'facts');
      this.factBatches.push(clientIds.length);
      const wanted = new Set(clientIds);
      return this.clientRecords
        .filter((c) => c.tenantId === actor.tenantId && wanted.has(c.clientId))
        .map(({ tenantId: _tenant, ...facts }) => ({ ...facts }));
    },
  };

  readonly crisisContacts: CrisisContacts = {
    contactsOf: async (actor, clientIds) => {
      this.call('crisisContacts', 'contactsOf');
      const at = this.now();
      return clientIds.map((clientId) => ({
        clientId,
        contacts: this.consents
          .filter(
            (c) =>
              c.tenantId === actor.tenantId &&
              c.clientId === clientId &&
              c.withdrawnAt === null &&
              (c.validTo === null || at < c.validTo),
          )
          .map((c) => ({ ...c.contact })),
      }));
    },
  };

  readonly staff: StaffRoster & {
    competenciesOf?: NonNullable<StaffRoster['competenciesOf']>;
  } = {
    availableOn: async (actor, on): Promise<AvailableStaff[]> => {
      this.call('staff', 'availableOn');
      return this.staffMembers
        .filter((m) => m.tenantId === actor.tenantId && availableOn(m, on))
        .map((m) => ({
          staffId: m.staffId,
          subject: m.subject,
          name: m.name,
          teamIds: [...m.teamIds],
          competencies: competenciesOn(m, on),
        }));
    },
    absentAmong: async (actor, input) => {
      this.call('staff', 'absentAmong');
      const wanted = new Set(input.subjects);
      return new Set(
        this.staffMembers
          .filter(
            (m) =>
              m.tenantId === actor.tenantId &&
              m.subject !== null &&
              wanted.has(m.subject) &&
              m.availability.some((p) => p.status !== 'on-duty' && within(input.on, p.from, p.to)),
          )
          .map((m) => m.subject as string),
      );
    },
    competenciesOf: async (actor, input): Promise<StaffCompetencies | null> => {
      this.call('staff', 'competenciesOf');
      const member = this.staffMembers.find(
        (m) =>
          m.tenantId === actor.tenantId && m.staffId.toLowerCase() === input.staffId.toLowerCase(),
      );
      return member
        ? {
            staffId: member.staffId,
            name: member.name,
            competencies: competenciesOn(member, input.on),
          }
        : null;
    },
  };

  /** The ports as a host without the optional `StaffRoster.competenciesOf` would wire them. */
  withoutCompetencyLookup(): OtherLibraries {
    const { competenciesOf: _left, ...roster } = this.staff;
    return { ...this.ports(), staff: roster };
  }

  /** The ports alone (to spread into a use case's ports). */
  ports(): OtherLibraries {
    return {
      catalogue: this.catalogue,
      serviceModes: this.serviceModes,
      cohorts: this.cohorts,
      enrolments: this.enrolments,
      clients: this.clients,
      crisisContacts: this.crisisContacts,
      staff: this.staff,
      partners: this.partners,
      languageSupport: this.languageSupport,
    };
  }

  private serviceOf(actor: Actor, serviceId: string): FakeService | undefined {
    return this.services.find(
      (s) => s.tenantId === actor.tenantId && s.id.toLowerCase() === serviceId.toLowerCase(),
    );
  }
}

function asService({ tenantId: _tenant, ...service }: FakeService): CatalogueService {
  return { ...service, requiredCompetencies: [...service.requiredCompetencies] };
}

/** Inclusive Oslo-day period; `to: null` is open-ended. */
function within(day: string, from: string, to: string | null): boolean {
  return from <= day && (to === null || day <= to);
}

/** The services library's rule: an absence wins; without an on-duty period, off duty. */
function availableOn(member: FakeStaffMember, day: string): boolean {
  const covering = member.availability.filter((p) => within(day, p.from, p.to));
  return covering.length > 0 && covering.every((p) => p.status === 'on-duty');
}

function competenciesOn(member: FakeStaffMember, day: string): string[] {
  return [
    ...new Set(member.competencies.filter((c) => within(day, c.from, c.to)).map((c) => c.code)),
  ].sort();
}
