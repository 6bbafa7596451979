import { nthSyntheticNationalId } from '@lavterskel/clients/testing';
import { addDays } from '@lavterskel/kernel';
import type { TestApp } from './test-app';

/**
 * A small municipality shaped like Skien MMO-senter in April 2020 (seed 000), built through the
 * API as staff would build it: teams, the services along the chain, staff with competencies
 * and availability (one sick), 40 clients (some flagged), enrolments, groups with cohorts
 * (some larger than 5), two LAR prescriptions and consents for crisis contact. Crisis-mode
 * e2e tests start from it.
 *
 * ```ts
 * const api = await startTestApp({ clock: fixedClock('2026-11-23T09:00:00Z') });
 * const skien = await buildCrisisMunicipality(api);          // today = 2026-11-23
 * skien.services['LAR-utdelingen'];                         // a service id
 * skien.groups['Yoga'].clientIds;                           // its members
 * await api.http().post('/v1/crisis/…').set('Authorization', skien.bearer.coordinator);
 * ```
 */

export const TEAM_NAMES = [
  'Lavterskel og LAR',
  'Ruskonsulentene',
  'Aktivitet og arbeid',
  'Bolig og ettervern',
  'Ungdom',
] as const;
export type TeamName = (typeof TEAM_NAMES)[number];

export const SERVICE_NAMES = [
  'LAR-utdelingen',
  'Feltpleien',
  'Oppfølging/ruskonsulenter',
  'Aktivitetsgruppene',
  'Opp & Jobb',
  'Miljøpatruljen',
  'Rusfritt Hus',
  'Askepotter/Askeladder',
  'UNG pluss',
  'UNG-prosjektet',
] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export const GROUP_NAMES = [
  'Yoga',
  'Styrke og kondisjon',
  'Opp & Jobb-gruppa',
  'Miljøpatruljen',
  'Husmøtet på Rusfritt Hus',
  'Askepotter',
  'Askeladder',
  'UNG-prosjektet gruppe',
] as const;
export type GroupName = (typeof GROUP_NAMES)[number];

export const STAFF_NAMES = [
  'Anne Larsen',
  'Siri Dahl',
  'Ola Berg',
  'Kari Moe',
  'Per Lie',
  'Liv Haugen',
] as const;
export type StaffName = (typeof STAFF_NAMES)[number];

/** Forty clients, by given name (each registered with a synthetic fødselsnummer). */
export const CLIENT_NAMES = [
  'Arne',
  'Bjørg',
  'Cato',
  'Dina',
  'Egil',
  'Frida',
  'Geir',
  'Hilde',
  'Ivar',
  'Jorunn',
  'Knut',
  'Laila',
  'Magne',
  'Nina',
  'Odd',
  'Petra',
  'Rune',
  'Solveig',
  'Trond',
  'Unni',
  'Vidar',
  'Wenche',
  'Yngve',
  'Åse',
  'Bård',
  'Cecilie',
  'Dag',
  'Eli',
  'Finn',
  'Gro',
  'Hans',
  'Ingrid',
  'Jon',
  'Kjersti',
  'Lars',
  'Marit',
  'Nils',
  'Oda',
  'Pål',
  'Randi',
] as const;
export type ClientName = (typeof CLIENT_NAMES)[number];

/** What `buildCrisisMunicipality` made, every id by name. */
export interface CrisisMunicipality {
  tenant: string;
  /** The Oslo day the municipality is built for (availability and enrolments hold on it). */
  today: string;
  /** Token subjects of the callers below. */
  subjects: { lead: string; nurse: string; consultant: string; coordinator: string };
  /**
   * `Authorization` header values: a team lead (`team-lead`), the nurse who registered the
   * clients and works in every team (`staff`), the drug consultant, and a crisis coordinator.
   */
  bearer: { lead: string; nurse: string; consultant: string; coordinator: string };
  teams: Record<TeamName, string>;
  /** Service id by name, and its category, criticality and required competencies as created. */
  services: Record<ServiceName, string>;
  serviceDetails: Record<
    ServiceName,
    {
      id: string;
      teamId: string;
      category: string;
      critical: boolean;
      requiredCompetencies: string[];
    }
  >;
  /** Each group with its service, cohorts (slot and max size) and members. */
  groups: Record<
    GroupName,
    {
      id: string;
      serviceId: string;
      cohortIds: string[];
      clientIds: string[];
      membershipIds: string[];
    }
  >;
  staff: Record<
    StaffName,
    {
      id: string;
      subject: string;
      teamId: string;
      competencies: string[];
      availability: 'on-duty' | 'sick';
    }
  >;
  /** Client id by given name; every client is `active`. */
  clients: Record<ClientName, string>;
  /** Client ids per vulnerability mark. */
  flagged: {
    noPhone: string[];
    overdoseHistory: string[];
    pregnancy: string[];
    languageDifficulty: string[];
    homeless: string[];
    interpreterNeeded: string[];
  };
  /** Client ids enrolled (active today) per service. */
  enrolments: Record<ServiceName, string[]>;
  prescriptions: { clientId: string; prescriptionId: string }[];
  /** Consents covering crisis contact, and who they name. */
  crisisConsents: { clientId: string; consentId: string; recipientKinds: string[] }[];
}

const SERVICE_PLAN: Record<
  ServiceName,
  { team: TeamName; category: string; critical: boolean; requiredCompetencies: string[] }
> = {
  'LAR-utdelingen': {
    team: 'Lavterskel og LAR',
    category: 'low-threshold',
    critical: true,
    requiredCompetencies: ['lar-dispensing'],
  },
  Feltpleien: {
    team: 'Lavterskel og LAR',
    category: 'low-threshold',
    critical: true,
    requiredCompetencies: ['field-nursing'],
  },
  'Oppfølging/ruskonsulenter': {
    team: 'Ruskonsulentene',
    category: 'treatment-follow-up',
    critical: false,
    requiredCompetencies: [],
  },
  Aktivitetsgruppene: {
    team: 'Aktivitet og arbeid',
    category: 'activity',
    critical: false,
    requiredCompetencies: [],
  },
  'Opp & Jobb': {
    team: 'Aktivitet og arbeid',
    category: 'work',
    critical: false,
    requiredCompetencies: [],
  },
  Miljøpatruljen: {
    team: 'Aktivitet og arbeid',
    category: 'work',
    critical: false,
    requiredCompetencies: [],
  },
  'Rusfritt Hus': {
    team: 'Bolig og ettervern',
    category: 'housing',
    critical: false,
    requiredCompetencies: [],
  },
  'Askepotter/Askeladder': {
    team: 'Bolig og ettervern',
    category: 'aftercare',
    critical: false,
    requiredCompetencies: [],
  },
  'UNG pluss': {
    team: 'Ungdom',
    category: 'prevention',
    critical: false,
    requiredCompetencies: [],
  },
  'UNG-prosjektet': {
    team: 'Ungdom',
    category: 'prevention',
    critical: false,
    requiredCompetencies: [],
  },
};

/** Members by client index, all in one first cohort of at most 10: groups above 5 split when N = 5. */
const GROUP_PLAN: Record<
  GroupName,
  {
    service: ServiceName;
    locationKind: 'indoor' | 'outdoor' | 'online';
    members: [number, number];
    slots: string[];
  }
> = {
  Yoga: {
    service: 'Aktivitetsgruppene',
    locationKind: 'indoor',
    members: [14, 22],
    slots: ['10:00', '14:00'],
  },
  'Styrke og kondisjon': {
    service: 'Aktivitetsgruppene',
    locationKind: 'indoor',
    members: [23, 28],
    slots: ['12:00', '16:00'],
  },
  'Opp & Jobb-gruppa': {
    service: 'Opp & Jobb',
    locationKind: 'outdoor',
    members: [26, 32],
    slots: ['09:00', '13:00'],
  },
  Miljøpatruljen: {
    service: 'Miljøpatruljen',
    locationKind: 'outdoor',
    members: [30, 34],
    slots: ['09:00', '13:00'],
  },
  'Husmøtet på Rusfritt Hus': {
    service: 'Rusfritt Hus',
    locationKind: 'indoor',
    members: [33, 37],
    slots: ['18:00'],
  },
  Askepotter: {
    service: 'Askepotter/Askeladder',
    locationKind: 'indoor',
    members: [20, 26],
    slots: ['17:00', '19:00'],
  },
  Askeladder: {
    service: 'Askepotter/Askeladder',
    locationKind: 'indoor',
    members: [27, 30],
    slots: ['17:00'],
  },
  'UNG-prosjektet gruppe': {
    service: 'UNG-prosjektet',
    locationKind: 'indoor',
    members: [32, 39],
    slots: ['15:00', '17:30'],
  },
};

/** Enrolments beyond group members, by client index range. */
const ENROLMENT_PLAN: Partial<Record<ServiceName, [number, number]>> = {
  'LAR-utdelingen': [0, 7],
  Feltpleien: [4, 13],
  'Oppfølging/ruskonsulenter': [10, 25],
  'UNG pluss': [34, 39],
};

const NO_PHONE = [2, 11, 30];
const FLAGS: Record<string, number[]> = {
  'overdose-history': [0, 3, 5, 12],
  pregnancy: [8, 36],
  'language-difficulty': [15, 31],
  homeless: [6, 30],
};
const INTERPRETER: Record<number, string> = { 15: 'ti', 24: 'ar' };

const NAV = { type: 'organisation', organisationNumber: '889640782', name: 'NAV Skien' };
const LAR_DOCTOR = {
  type: 'role',
  organisationNumber: '983971636',
  role: 'lar-doctor',
  name: 'LAR-lege, DPS Telemark',
};
const TRUSTED_PERSON = {
  type: 'person',
  personId: '0f9a3c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
  name: 'Kari Nordmann',
  relationship: 'mother',
};
const CRISIS_CONSENTS: { client: number; recipients: object[] }[] = [
  { client: 0, recipients: [LAR_DOCTOR] },
  { client: 2, recipients: [NAV, TRUSTED_PERSON] },
  { client: 11, recipients: [TRUSTED_PERSON] },
  { client: 36, recipients: [NAV] },
];

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const range = ([from, to]: [number, number]) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Builds the municipality through HTTP. `today` must be the Oslo day of the app's clock
 * (default 2026-11-23, the e2e tests' usual Monday). Takes a few seconds: about 300 requests.
 */
export async function buildCrisisMunicipality(
  api: TestApp,
  options: { tenant?: string; today?: string; nationalIdOffset?: number } = {},
): Promise<CrisisMunicipality> {
  const tenant = options.tenant ?? '4003';
  const today = options.today ?? '2026-11-23';
  const subjects = {
    lead: 'lead-per',
    nurse: 'nurse-anne',
    consultant: 'consultant-kari',
    coordinator: 'coordinator-liv',
  };
  const header = async (subject: string, roles: string[], teams: string[] = []) =>
    `Bearer ${await api.token({ tenant, subject, roles, teams })}`;
  const lead = await header(subjects.lead, ['team-lead']);
  const post = async (bearer: string, path: string, body: object): Promise<{ id: string }> => {
    const response = await api.http().post(path).set('Authorization', bearer).send(body);
    if (response.status !== 201 && response.status !== 200) {
      throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    return response.body as { id: string };
  };

  const teams = {} as Record<TeamName, string>;
  for (const name of TEAM_NAMES) teams[name] = (await post(lead, '/v1/staff/teams', { name })).id;
  const allTeams = Object.values(teams);
  const bearer = {
    lead,
    nurse: await header(subjects.nurse, ['staff'], allTeams),
    consultant: await header(subjects.consultant, ['staff'], [teams.Ruskonsulentene]),
    coordinator: await header(subjects.coordinator, ['crisis-coordinator']),
  };

  const services = {} as Record<ServiceName, string>;
  const serviceDetails = {} as CrisisMunicipality['serviceDetails'];
  for (const name of SERVICE_NAMES) {
    const plan = SERVICE_PLAN[name];
    const { id } = await post(lead, '/v1/services', {
      teamId: teams[plan.team],
      name,
      category: plan.category,
      location: { name: 'MMO-senteret', address: 'Kverndalsgata 7, 3717 Skien' },
      openingHours: [1, 2, 3, 4, 5].map((weekday) => ({
        weekday,
        opens: '08:30',
        closes: '15:30',
      })),
      critical: plan.critical,
      requiredCompetencies: plan.requiredCompetencies,
    });
    services[name] = id;
    serviceDetails[name] = {
      id,
      teamId: teams[plan.team],
      category: plan.category,
      critical: plan.critical,
      requiredCompetencies: plan.requiredCompetencies,
    };
  }

  const staffPlan: Record<
    StaffName,
    { subject: string; team: TeamName; profession: string; competencies: string[]; sick?: boolean }
  > = {
    'Anne Larsen': {
      subject: subjects.nurse,
      team: 'Lavterskel og LAR',
      profession: 'nurse',
      competencies: ['lar-dispensing', 'field-nursing'],
    },
    'Siri Dahl': {
      subject: 'nurse-siri',
      team: 'Lavterskel og LAR',
      profession: 'nurse',
      competencies: ['lar-dispensing'],
      sick: true,
    },
    'Ola Berg': {
      subject: 'nurse-ola',
      team: 'Lavterskel og LAR',
      profession: 'nurse',
      competencies: ['field-nursing'],
    },
    'Kari Moe': {
      subject: subjects.consultant,
      team: 'Ruskonsulentene',
      profession: 'drug consultant',
      competencies: [],
    },
    'Per Lie': {
      subject: 'worker-per',
      team: 'Aktivitet og arbeid',
      profession: 'social worker',
      competencies: [],
    },
    // Trained as back-up for LAR dispensing outside the LAR team (seed 000).
    'Liv Haugen': {
      subject: 'youth-liv',
      team: 'Ungdom',
      profession: 'nurse',
      competencies: ['lar-dispensing'],
    },
  };
  const staff = {} as CrisisMunicipality['staff'];
  const monthStart = addDays(today, -14);
  for (const name of STAFF_NAMES) {
    const plan = staffPlan[name];
    const { id } = await post(lead, '/v1/staff/members', {
      name,
      subject: plan.subject,
      profession: plan.profession,
    });
    await post(lead, `/v1/staff/members/${id}/memberships`, {
      teamId: teams[plan.team],
      joinedOn: '2020-01-01',
    });
    for (const code of plan.competencies) {
      await post(lead, `/v1/staff/members/${id}/competencies`, { code, certifiedOn: '2020-03-01' });
    }
    await post(lead, `/v1/staff/members/${id}/availability`, {
      status: 'on-duty',
      from: monthStart,
      to: addDays(today, 30),
    });
    if (plan.sick) {
      await post(lead, `/v1/staff/members/${id}/availability`, {
        status: 'sick',
        from: addDays(today, -1),
        to: addDays(today, 6),
      });
    }
    staff[name] = {
      id,
      subject: plan.subject,
      teamId: teams[plan.team],
      competencies: plan.competencies,
      availability: plan.sick ? 'sick' : 'on-duty',
    };
  }

  // Clients: registered by the nurse (primary contact), the drug consultant's caseload with her as primary.
  const clients = {} as Record<ClientName, string>;
  const ids: string[] = [];
  const offset = options.nationalIdOffset ?? 5000;
  for (const [i, givenName] of CLIENT_NAMES.entries()) {
    const consultantsCaseload = i >= 10 && i <= 25;
    const { id } = await post(bearer.nurse, '/v1/clients', {
      nationalId: nthSyntheticNationalId(offset + i),
      givenName,
      familyName: 'Testesen',
      birthDate: `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`,
      contactChannels: NO_PHONE.includes(i)
        ? []
        : [{ kind: 'mobile', value: `+47 912 34 ${500 + i}` }],
      preferredLanguage: INTERPRETER[i] ?? 'nb',
      interpreterNeeded: i in INTERPRETER,
      noPhone: NO_PHONE.includes(i),
      ...(consultantsCaseload
        ? { primaryContact: subjects.consultant, backupContact: subjects.nurse }
        : {}),
    });
    clients[givenName] = id;
    ids.push(id);
    const active = await api
      .http()
      .post(`/v1/clients/${id}/status-changes`)
      .set('Authorization', bearer.nurse)
      .set('If-Match', '"1"')
      .send({ status: 'active', reason: 'Intake done' });
    if (active.status !== 200) {
      throw new Error(
        `activating a client answered ${active.status}: ${JSON.stringify(active.body)}`,
      );
    }
  }
  const idOf = (i: number) => ids[i] as string;

  for (const [code, indexes] of Object.entries(FLAGS)) {
    for (const i of indexes) {
      const response = await api
        .http()
        .put(`/v1/clients/${idOf(i)}/vulnerability-flags/${code}`)
        .set('Authorization', bearer.nurse)
        .send({ note: 'Set when the crisis plan was prepared' });
      if (response.status !== 200) {
        throw new Error(
          `flag ${code} answered ${response.status}: ${JSON.stringify(response.body)}`,
        );
      }
    }
  }

  const enrolments = Object.fromEntries(
    SERVICE_NAMES.map((name) => [name, [] as string[]]),
  ) as Record<ServiceName, string[]>;
  const enrol = async (service: ServiceName, i: number) => {
    if (enrolments[service].includes(idOf(i))) return;
    await post(bearer.nurse, `/v1/services/${services[service]}/enrolments`, {
      clientId: idOf(i),
      reason: 'Oppfølging etter samtale på MMO-senteret',
      startedOn: addDays(today, -30),
    });
    enrolments[service].push(idOf(i));
  };
  for (const [service, indexes] of Object.entries(ENROLMENT_PLAN) as [
    ServiceName,
    [number, number],
  ][]) {
    for (const i of range(indexes)) await enrol(service, i);
  }

  const groups = {} as CrisisMunicipality['groups'];
  const weekday = WEEKDAYS[new Date(`${today}T12:00:00Z`).getUTCDay()] as string;
  for (const name of GROUP_NAMES) {
    const plan = GROUP_PLAN[name];
    const serviceId = services[plan.service];
    const { id } = await post(bearer.nurse, '/v1/groups', {
      serviceId,
      name,
      locationKind: plan.locationKind,
      capacity: 30,
      // Two batches a day where the seed has them; room for one more cohort per slot.
      schedule: plan.slots.map((startTime) => ({
        weekday,
        startTime,
        durationMinutes: 60,
        maxCohorts: 2,
      })),
    });
    const first = await post(bearer.nurse, `/v1/groups/${id}/cohorts`, {
      slot: { weekday, startTime: plan.slots[0] },
      maxSize: 10,
    });
    const entry = {
      id,
      serviceId,
      cohortIds: [first.id],
      clientIds: [] as string[],
      membershipIds: [] as string[],
    };
    for (const i of range(plan.members)) {
      await enrol(plan.service, i);
      const membership = await post(bearer.nurse, `/v1/groups/${id}/members`, {
        clientId: idOf(i),
      });
      entry.clientIds.push(idOf(i));
      entry.membershipIds.push(membership.id);
    }
    groups[name] = entry;
  }

  const prescriptions: CrisisMunicipality['prescriptions'] = [];
  for (const [i, medication, dose] of [
    [0, 'methadone', 80],
    [1, 'buprenorphine', 16],
  ] as const) {
    const { id } = await post(bearer.nurse, '/v1/dispensing/prescriptions', {
      clientId: idOf(i),
      serviceId: services['LAR-utdelingen'],
      medication,
      dailyDoseMg: dose,
      validFrom: addDays(today, -30),
      validTo: addDays(today, 60),
      prescriber: 'LAR-lege, TSB Telemark',
    });
    prescriptions.push({ clientId: idOf(i), prescriptionId: id });
  }

  const crisisConsents: CrisisMunicipality['crisisConsents'] = [];
  for (const consent of CRISIS_CONSENTS) {
    const { id } = await post(bearer.nurse, '/v1/consents', {
      clientId: idOf(consent.client),
      categories: ['contact-details'],
      purposes: ['crisis-contact'],
      recipients: consent.recipients,
      validFrom: `${addDays(today, -30)}T00:00:00+01:00`,
      validTo: `${addDays(today, 335)}T00:00:00+01:00`,
      method: 'written',
    });
    crisisConsents.push({
      clientId: idOf(consent.client),
      consentId: id,
      recipientKinds: consent.recipients.map((recipient) => (recipient as { type: string }).type),
    });
  }

  return {
    tenant,
    today,
    subjects,
    bearer,
    teams,
    services,
    serviceDetails,
    groups,
    staff,
    clients,
    flagged: {
      noPhone: NO_PHONE.map(idOf),
      overdoseHistory: (FLAGS['overdose-history'] ?? []).map(idOf),
      pregnancy: (FLAGS['pregnancy'] ?? []).map(idOf),
      languageDifficulty: (FLAGS['language-difficulty'] ?? []).map(idOf),
      homeless: (FLAGS['homeless'] ?? []).map(idOf),
      interpreterNeeded: Object.keys(INTERPRETER).map((i) => idOf(Number(i))),
    },
    enrolments,
    prescriptions,
    crisisConsents,
  };
}
