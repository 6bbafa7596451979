import { nthSyntheticNationalId } from '@lavterskel/clients/testing';
import { addDays } from '@lavterskel/kernel';
import type { DemoHttp, DemoRequest } from './demo-http';
import { loadLongTermFollowUp } from './load-long-term-follow-up';
import {
  DEMO_CLIENTS,
  DEMO_GROUPS,
  DEMO_PARTNERS,
  DEMO_PLAN_NAME,
  DEMO_SERVICES,
  DEMO_STAFF,
  DEMO_TEAMS,
  DEMO_TEMPLATE_MAPPING,
  DEMO_TOKEN_HOLDERS,
  type DemoClientPlan,
  type DemoPartner,
  type DemoRole,
  type DemoService,
  type DemoStaffName,
  type DemoStaffPlan,
  type DemoTeam,
} from './skien-demo.plan';

export type DemoTokenSigner = (claims: {
  tenant: string;
  subject: string;
  name: string;
  roles: string[];
  teams: string[];
}) => Promise<string>;

/** Told of every record set made, so the CLI can draw a progress bar. */
export interface DemoProgress {
  start(total: number): void;
  advance(label: string): void;
  stop(): void;
}

export interface DemoToken {
  role: DemoRole;
  name: string;
  subject: string;
  token: string;
}

export interface DemoLoadResult {
  tenant: string;
  /** `already-loaded`: a complete demo was found and nothing was written. */
  outcome: 'loaded' | 'already-loaded';
  tokens: DemoToken[];
  /** Ids by name, for a newcomer's first requests (and the test). */
  clientIds: string[];
  planId: string;
}

export interface LoadDemoOptions {
  http: DemoHttp;
  sign: DemoTokenSigner;
  tenant: string;
  /** The Oslo day the data is built around (enrolments, availability, sessions). */
  today: string;
  progress?: DemoProgress;
}

/** The demo cannot be loaded into a municipality that already has other data. */
export class DemoTenantInUseError extends Error {}

/** A request the API refused: names the call and the problem the API answered. */
export class DemoRequestError extends Error {}

const SILENT: DemoProgress = {
  start: () => undefined,
  advance: () => undefined,
  stop: () => undefined,
};

/**
 * Loads the Skien demo municipality through the API's HTTP routes, so every record passes the
 * same validation, need-to-know checks and audit as a user's would. Idempotent: a complete
 * demo is detected by its crisis plan and left as it is.
 */
export async function loadSkienDemo(options: LoadDemoOptions): Promise<DemoLoadResult> {
  const loader = new DemoLoader(options);
  const existing = await loader.findExisting();
  if (existing) return existing;
  const progress = options.progress ?? SILENT;
  progress.start(loader.total());
  try {
    return await loader.load(progress);
  } finally {
    progress.stop();
  }
}

type Ids<K extends string> = Record<K, string>;

class DemoLoader {
  private readonly teams = {} as Ids<DemoTeam>;
  private readonly services = {} as Ids<DemoService>;
  private readonly partners = {} as Ids<DemoPartner>;
  private readonly clientIds: string[] = [];
  /** Per staff member, a token the loader acts with: their role, every demo team. */
  private readonly actingAs = {} as Record<DemoStaffName, string>;

  constructor(private readonly options: LoadDemoOptions) {}

  total(): number {
    return (
      DEMO_TEAMS.length +
      Object.keys(DEMO_SERVICES).length +
      Object.keys(DEMO_PARTNERS).length +
      Object.keys(DEMO_STAFF).length +
      DEMO_CLIENTS.length +
      DEMO_CLIENTS.filter((client) => client.longTermFollowUp).length +
      Object.keys(DEMO_GROUPS).length +
      2 // outreach places and a cooperation meeting; the crisis plan
    );
  }

  async findExisting(): Promise<DemoLoadResult | undefined> {
    const coordinator = await this.bearer('Morten Aas', []);
    const plans = await this.call<Page<{ id: string; name: string }>>({
      method: 'GET',
      path: '/v1/crisis/plans?limit=100',
      bearer: coordinator,
    });
    const plan = plans.items.find((item) => item.name === DEMO_PLAN_NAME);
    const lead = await this.bearer('Berit Holm', []);
    const teams = await this.call<Page<{ id: string; name: string }>>({
      method: 'GET',
      path: '/v1/staff/teams?limit=100',
      bearer: lead,
    });
    if (!plan) {
      if (teams.items.length === 0) return undefined;
      throw new DemoTenantInUseError(
        `municipality ${this.options.tenant} already has teams but no complete demo (an interrupted load, or data of your own): load the demo into another with --tenant, e.g. --tenant 3807`,
      );
    }
    for (const team of teams.items) {
      if ((DEMO_TEAMS as readonly string[]).includes(team.name)) {
        this.teams[team.name as DemoTeam] = team.id;
      }
    }
    const anne = await this.printedToken('staff');
    const caseload = await this.call<Page<{ id: string }>>({
      method: 'GET',
      path: '/v1/caseload?limit=100',
      bearer: `Bearer ${anne.token}`,
    });
    return {
      tenant: this.options.tenant,
      outcome: 'already-loaded',
      tokens: await this.printedTokens(),
      clientIds: caseload.items.map((item) => item.id),
      planId: plan.id,
    };
  }

  async load(progress: DemoProgress): Promise<DemoLoadResult> {
    const { today } = this.options;
    const lead = await this.loadTeams(progress);
    for (const name of Object.keys(DEMO_SERVICES) as DemoService[]) {
      await this.loadService(lead, name);
      progress.advance(`service ${name}`);
    }
    for (const [name, partner] of Object.entries(DEMO_PARTNERS) as [
      DemoPartner,
      (typeof DEMO_PARTNERS)[DemoPartner],
    ][]) {
      this.partners[name] = await this.create(lead, '/v1/services/partners', { name, ...partner });
      progress.advance(`partner ${name}`);
    }
    for (const [name, plan] of Object.entries(DEMO_STAFF) as [DemoStaffName, DemoStaffPlan][]) {
      await this.loadStaffMember(lead, name, plan);
      progress.advance(`staff ${name}`);
    }
    for (const [index, client] of DEMO_CLIENTS.entries()) {
      this.clientIds.push(await this.loadClient(index, client));
      progress.advance(`client ${index + 1} of ${DEMO_CLIENTS.length}`);
    }
    for (const [index, client] of DEMO_CLIENTS.entries()) {
      if (!client.longTermFollowUp) continue;
      await this.loadFollowUp(this.clientIds[index] as string, client);
      progress.advance(`long-term follow-up of client ${index + 1}`);
    }
    for (const name of Object.keys(DEMO_GROUPS) as (keyof typeof DEMO_GROUPS)[]) {
      await this.loadGroup(name);
      progress.advance(`group ${name}`);
    }
    await this.loadOutreachAndCooperation(lead, today);
    progress.advance('outreach places and a cooperation meeting');
    const planId = await this.loadCrisisPlan();
    progress.advance('crisis plan (Skien 2020 template)');
    return {
      tenant: this.options.tenant,
      outcome: 'loaded',
      tokens: await this.printedTokens(),
      clientIds: this.clientIds,
      planId,
    };
  }

  private async loadTeams(progress: DemoProgress): Promise<string> {
    const lead = await this.bearer('Berit Holm', []);
    for (const name of DEMO_TEAMS) {
      this.teams[name] = await this.create(lead, '/v1/staff/teams', { name });
      progress.advance(`team ${name}`);
    }
    const allTeams = Object.values(this.teams);
    for (const [name, plan] of Object.entries(DEMO_STAFF) as [DemoStaffName, DemoStaffPlan][]) {
      this.actingAs[name] = await this.bearer(name, allTeams, plan.role ?? 'staff');
    }
    return this.actingAs['Berit Holm'];
  }

  private async loadService(lead: string, name: DemoService): Promise<void> {
    const plan = DEMO_SERVICES[name];
    this.services[name] = await this.create(lead, '/v1/services', {
      teamId: this.teams[plan.team],
      name,
      category: plan.category,
      location: plan.location,
      openingHours: plan.hours.weekdays.map((weekday) => ({
        weekday,
        opens: plan.hours.opens,
        closes: plan.hours.closes,
      })),
      critical: plan.critical,
      requiredCompetencies: plan.requiredCompetencies,
    });
  }

  private async loadStaffMember(lead: string, name: DemoStaffName, plan: DemoStaffPlan) {
    const { today } = this.options;
    const id = await this.create(lead, '/v1/staff/members', {
      name,
      subject: plan.subject,
      profession: plan.profession,
    });
    for (const team of plan.teams) {
      await this.create(lead, `/v1/staff/members/${id}/memberships`, {
        teamId: this.teams[team],
        joinedOn: '2019-08-01',
      });
    }
    for (const code of plan.competencies) {
      await this.create(lead, `/v1/staff/members/${id}/competencies`, {
        code,
        certifiedOn: '2020-04-20',
      });
    }
    await this.create(lead, `/v1/staff/members/${id}/availability`, {
      status: 'on-duty',
      from: addDays(today, -14),
      to: addDays(today, 90),
    });
    if (plan.sick) {
      await this.create(lead, `/v1/staff/members/${id}/availability`, {
        status: 'sick',
        from: addDays(today, -2),
        to: addDays(today, 5),
      });
    }
  }

  /** A client with everything their primary contact records: CL-1 … CL-11, SV-3, SV-4, CO-1. */
  private async loadClient(index: number, client: DemoClientPlan): Promise<string> {
    const { today } = this.options;
    const staff = this.actingAs[client.primary];
    const subject = (name: DemoStaffName) => DEMO_STAFF[name].subject;
    const identity =
      'alias' in client.name
        ? { alias: client.name.alias, birthYear: client.name.birthYear }
        : {
            nationalId: nthSyntheticNationalId(7000 + index),
            givenName: client.name.given,
            familyName: client.name.family,
            birthDate: client.name.birthDate,
          };
    const id = await this.create(staff, '/v1/clients', {
      ...identity,
      contactChannels: client.noPhone
        ? [{ kind: 'meeting-place', value: 'Feltpleiens venterom', note: 'Most mornings' }]
        : [{ kind: 'mobile', value: `+47 912 34 ${String(100 + index).padStart(3, '0')}` }],
      preferredLanguage: client.language ?? 'nb',
      interpreterNeeded: client.language !== undefined,
      noPhone: client.noPhone ?? false,
      primaryContact: subject(client.primary),
      ...(client.backup ? { backupContact: subject(client.backup) } : {}),
    });
    await this.call({
      method: 'POST',
      path: `/v1/clients/${id}/status-changes`,
      bearer: staff,
      ifMatch: '"1"',
      body: { status: 'active', reason: 'Innkomstsamtale gjennomført' },
    });
    for (const code of client.flags ?? []) {
      await this.call({
        method: 'PUT',
        path: `/v1/clients/${id}/vulnerability-flags/${code}`,
        bearer: staff,
        body: { note: 'Satt da kriseplanen ble forberedt' },
      });
    }
    for (const service of client.services) {
      await this.create(staff, `/v1/services/${this.services[service]}/enrolments`, {
        clientId: id,
        reason: 'Henvendelse til MMO-senteret, én dør inn',
        startedOn: addDays(today, -60 - index),
      });
    }
    await this.create(staff, `/v1/clients/${id}/clinical-profile`, {
      mainSubstances: client.substances,
      rop: client.rop ?? false,
      ...(client.rop
        ? {
            diagnoses: ['F20.0', 'F10.2'],
            diagnosesPurpose: 'Samhandling med DPS om ROP-oppfølging',
          }
        : {}),
    });
    if (client.lar) {
      await this.create(staff, '/v1/dispensing/prescriptions', {
        clientId: id,
        serviceId: this.services['LAR-utdelingen'],
        medication: client.lar.medication,
        dailyDoseMg: client.lar.doseMg,
        validFrom: addDays(today, -90),
        validTo: addDays(today, 180),
        pharmacyId: this.partners['Apotek 1 Skien sentrum'],
        prescriber: 'LAR-lege, Seksjon for rus og psykiatri, STHF',
      });
      await this.create(staff, `/v1/clients/${id}/handover-notes`, {
        text: 'Hentet ikke dosen i går; ring før kl. 18.',
      });
    }
    const vedtakId = client.vedtakHours
      ? await this.create(staff, `/v1/clients/${id}/vedtak`, {
          reference: `2026/${4100 + index}`,
          service: 'Ambulant oppfølging i hjemmet (ROP)',
          hoursPerWeek: client.vedtakHours,
          decidedOn: addDays(today, -50),
          validFrom: addDays(today, -45),
          validTo: addDays(today, 320),
        })
      : undefined;
    await this.loadEncounters(staff, id, client, vedtakId);
    const relativeId = client.relative
      ? await this.create(staff, `/v1/clients/${id}/relatives`, {
          name: client.relative.name,
          relationship: client.relative.relationship,
          roles: ['next-of-kin', 'trusted-person', 'contact-tracing'],
          phone: client.relative.phone,
        })
      : undefined;
    if (client.crisisPlan) {
      await this.create(staff, `/v1/clients/${id}/crisis-plan`, {
        warningSigns: ['Slutter å svare på telefon', 'Møter ikke til utdeling'],
        whatHelps: ['En tur langs elva', 'Fast avtale samme tid hver uke'],
        whoToCall: client.relative
          ? [
              {
                name: client.relative.name,
                relation: client.relative.relationship,
                phone: client.relative.phone,
              },
            ]
          : [{ name: 'Feltpleien', relation: 'service', phone: '+47 35 58 10 00' }],
        agreedWithClient: true,
      });
    }
    await this.loadConsents(staff, id, client, relativeId);
    return id;
  }

  private async loadEncounters(
    staff: string,
    clientId: string,
    client: DemoClientPlan,
    vedtakId: string | undefined,
  ): Promise<void> {
    const { today } = this.options;
    const serviceId = this.services[client.services[0] as DemoService];
    const at = (daysAgo: number, time: string) => `${addDays(today, -daysAgo)}T${time}:00+01:00`;
    const visits = vedtakId
      ? [
          { daysAgo: 6, channel: 'home-visit', topics: ['housing', 'mental-health'] },
          { daysAgo: 3, channel: 'walk-and-talk', topics: ['mental-health', 'family-and-network'] },
        ]
      : [
          {
            daysAgo: 4,
            channel: client.lar ? 'office' : 'phone',
            topics: ['health', 'substance-use'],
          },
        ];
    for (const visit of visits) {
      await this.create(staff, `/v1/clients/${clientId}/encounters`, {
        occurredAt: at(visit.daysAgo, '10:00'),
        channel: visit.channel,
        outcome: 'attended',
        durationMinutes: vedtakId ? 90 : 30,
        topics: visit.topics,
        serviceId,
        ...(vedtakId ? { vedtakId } : {}),
      });
    }
    if (client.flags?.includes('homeless')) {
      await this.create(staff, `/v1/clients/${clientId}/encounters`, {
        occurredAt: at(1, '13:00'),
        channel: 'office',
        outcome: 'no-show',
        serviceId,
      });
    }
  }

  /** Referral, responsibility group, individual plan and KOR for a ROP client (seed 004). */
  private async loadFollowUp(clientId: string, client: DemoClientPlan): Promise<void> {
    const service = client.services[0] as DemoService;
    await loadLongTermFollowUp({
      call: (request) => this.call(request),
      create: (bearer, path, body) => this.create(bearer, path, body),
      today: this.options.today,
      staff: {
        bearer: this.actingAs[client.primary],
        subject: DEMO_STAFF[client.primary].subject,
        name: client.primary,
      },
      clientId,
      serviceId: this.services[service],
      teamId: this.teams[DEMO_SERVICES[service].team],
      partners: this.partners,
    });
  }

  /** Consents collected in advance (seed 003): crisis contact, tracing, coordination (CO-4). */
  private async loadConsents(
    staff: string,
    clientId: string,
    client: DemoClientPlan,
    relativeId: string | undefined,
  ): Promise<void> {
    const { today } = this.options;
    const terms = {
      validFrom: `${addDays(today, -30)}T09:00:00+01:00`,
      validTo: `${addDays(today, 335)}T09:00:00+01:00`,
      method: 'written',
    };
    const organisation = (name: DemoPartner) => ({
      type: 'organisation',
      organisationNumber: DEMO_PARTNERS[name].organisationNumber,
      name,
    });
    if (client.relative && relativeId) {
      await this.create(staff, '/v1/consents', {
        clientId,
        categories: ['contact-details', 'attendance'],
        purposes: ['crisis-contact', 'contact-tracing'],
        recipients: [
          {
            type: 'person',
            personId: relativeId,
            name: client.relative.name,
            relationship: client.relative.relationship,
          },
        ],
        ...terms,
      });
    }
    if (client.lar) {
      await this.create(staff, '/v1/consents', {
        clientId,
        categories: ['contact-details', 'lar-status'],
        purposes: ['treatment-coordination', 'medication-delivery'],
        recipients: [organisation('Seksjon for rus og psykiatri, STHF')],
        ...terms,
      });
    }
    if (client.flags?.includes('homeless') || client.services.includes('Opp & Jobb')) {
      await this.create(staff, '/v1/consents', {
        clientId,
        categories: ['contact-details', 'location-for-delivery'],
        purposes: ['crisis-contact', 'food-delivery'],
        recipients: [
          organisation(
            client.services.includes('Opp & Jobb') ? 'NAV Skien' : 'Skien Diakonale Senter',
          ),
        ],
        ...terms,
      });
    }
  }

  /** A group with a fixed cohort per slot (GR-3), its service's clients as members, 4 weeks of sessions. */
  private async loadGroup(name: keyof typeof DEMO_GROUPS): Promise<void> {
    const { today } = this.options;
    const plan = DEMO_GROUPS[name];
    const owner = this.actingAs['Berit Holm'];
    const groupId = await this.create(owner, '/v1/groups', {
      serviceId: this.services[plan.service],
      name,
      locationKind: plan.locationKind,
      capacity: plan.maxSize * plan.slots.length + 4,
      schedule: plan.slots.map((slot) => ({ ...slot, durationMinutes: 90, maxCohorts: 2 })),
    });
    for (const slot of plan.slots) {
      await this.create(owner, `/v1/groups/${groupId}/cohorts`, { slot, maxSize: plan.maxSize });
    }
    for (const [index, client] of DEMO_CLIENTS.entries()) {
      if (!client.services.includes(plan.service)) continue;
      await this.create(this.actingAs[client.primary], `/v1/groups/${groupId}/members`, {
        clientId: this.clientIds[index],
      });
    }
    await this.create(owner, `/v1/groups/${groupId}/sessions`, {
      from: today,
      to: addDays(today, 27),
    });
  }

  private async loadOutreachAndCooperation(lead: string, today: string): Promise<void> {
    await this.create(lead, '/v1/outreach/places', {
      serviceId: this.services['Ambulant helseteam'],
      name: 'Skien stasjon, sørinngangen',
      description: 'Den hvite bilen ved busskuret',
      schedule: [2, 4].map((weekday) => ({ weekday, opens: '20:00', closes: '22:00' })),
      activeFrom: addDays(today, -30),
    });
    await this.create(lead, '/v1/outreach/places', {
      serviceId: this.services.Feltpleien,
      name: 'Tollbodbrygga',
      description: 'Brukerutstyr, nalokson og sårstell fra sekken',
      schedule: [{ weekday: 5, opens: '13:00', closes: '15:00' }],
      activeFrom: addDays(today, -30),
    });
    await this.create(lead, `/v1/services/${this.services.Feltpleien}/cooperation-meetings`, {
      heldOn: addDays(today, -7),
      partnerIds: [
        this.partners['Skien Diakonale Senter'],
        this.partners['Seksjon for rus og psykiatri, STHF'],
      ],
      topic: 'Matposer og brukerutstyr til de mest sårbare',
      summary: 'Diakonale Senter kjører matposer tirsdag og fredag; Feltpleien leverer utstyr.',
    });
  }

  /** The Skien 2020 template with the demo's services (CR-1), prepared and not activated. */
  private async loadCrisisPlan(): Promise<string> {
    const services = Object.fromEntries(
      Object.entries(DEMO_TEMPLATE_MAPPING).map(([slot, name]) => [slot, this.services[name]]),
    );
    const response = await this.call<{ plan: { id: string } }>({
      method: 'POST',
      path: '/v1/crisis/plans/templates/skien-2020',
      bearer: this.actingAs['Morten Aas'],
      body: { name: DEMO_PLAN_NAME, services },
    });
    return response.plan.id;
  }

  private async printedTokens(): Promise<DemoToken[]> {
    const roles = Object.keys(DEMO_TOKEN_HOLDERS) as DemoRole[];
    return Promise.all(roles.map((role) => this.printedToken(role)));
  }

  /** A token as the staff member's identity provider would issue it: their own teams only. */
  private async printedToken(role: DemoRole): Promise<DemoToken> {
    const name = DEMO_TOKEN_HOLDERS[role];
    const plan: DemoStaffPlan = DEMO_STAFF[name];
    const teams = plan.teams.map((team) => this.teams[team]).filter((id) => id !== undefined);
    const token = await this.options.sign({
      tenant: this.options.tenant,
      subject: plan.subject,
      name,
      roles: [role],
      teams,
    });
    return { role, name, subject: plan.subject, token };
  }

  private async bearer(name: DemoStaffName, teams: string[], role?: DemoRole): Promise<string> {
    const plan: DemoStaffPlan = DEMO_STAFF[name];
    const token = await this.options.sign({
      tenant: this.options.tenant,
      subject: plan.subject,
      name,
      roles: [role ?? plan.role ?? 'staff'],
      teams,
    });
    return `Bearer ${token}`;
  }

  private async create(bearer: string, path: string, body: object): Promise<string> {
    return (await this.call<{ id: string }>({ method: 'POST', path, bearer, body })).id;
  }

  private async call<T>(request: DemoRequest): Promise<T> {
    const response = await this.options.http(request);
    if (response.status !== 200 && response.status !== 201) {
      throw new DemoRequestError(
        `${request.method} ${request.path} answered ${response.status}: ${JSON.stringify(response.body)}`,
      );
    }
    return response.body as T;
  }
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
