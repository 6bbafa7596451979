/**
 * The demo municipality as data: Skien (kommunenummer 4003) shaped after MMO-senter RUS
 * (seed 000 and 002), with an ambulant health team (seed 001) and a ROP follow-up service under
 * vedtak (seed 004). Every person is invented; national ids are synthetic.
 */

export const DEMO_TENANT = '4003';
/** The crisis plan the loader makes last: its presence means the demo is complete. */
export const DEMO_PLAN_NAME = 'Pandemiplan etter MMO-senteret 2020 (demo)';

export const DEMO_TEAMS = [
  'Lavterskel/LAR',
  'Rusteam',
  'MO-team',
  'Aktivitetsgruppa',
  'Ungprosjektet',
  'Miljøpatruljen',
  'Opp & Jobb',
  'Rusfritt Hus',
  'Ambulant helseteam',
  'ROP-oppfølging',
] as const;
export type DemoTeam = (typeof DEMO_TEAMS)[number];

export interface DemoServicePlan {
  team: DemoTeam;
  category:
    | 'prevention'
    | 'low-threshold'
    | 'treatment-follow-up'
    | 'aftercare'
    | 'housing'
    | 'activity'
    | 'work';
  critical: boolean;
  requiredCompetencies: string[];
  location: { name: string; address: string };
  /** Weekdays 1–7 (Monday = 1) with opening and closing time. */
  hours: { weekdays: number[]; opens: string; closes: string };
}

const MMO = { name: 'MMO-senteret, Holtbygget', address: 'Kverndalsgata 7, 3717 Skien' };
const FRITIDSPARK = { name: 'Skien Fritidspark', address: 'Moflatvegen 38, 3733 Skien' };
const WEEKDAYS = { weekdays: [1, 2, 3, 4, 5], opens: '08:00', closes: '15:30' };
const EVERY_DAY = { weekdays: [1, 2, 3, 4, 5, 6, 7], opens: '08:00', closes: '22:00' };

export const DEMO_SERVICES = {
  'LAR-utdelingen': {
    team: 'Lavterskel/LAR',
    category: 'low-threshold',
    critical: true,
    requiredCompetencies: ['lar-dispensing'],
    location: MMO,
    hours: { weekdays: [1, 2, 3, 4, 5, 6, 7], opens: '08:30', closes: '12:00' },
  },
  Feltpleien: {
    team: 'Lavterskel/LAR',
    category: 'low-threshold',
    critical: true,
    requiredCompetencies: ['field-nursing'],
    location: MMO,
    hours: WEEKDAYS,
  },
  'Rusteam – oppfølging før, under og etter behandling': {
    team: 'Rusteam',
    category: 'treatment-follow-up',
    critical: false,
    requiredCompetencies: [],
    location: MMO,
    hours: WEEKDAYS,
  },
  'MO-team – praktisk oppfølging': {
    team: 'MO-team',
    category: 'treatment-follow-up',
    critical: false,
    requiredCompetencies: [],
    location: MMO,
    hours: WEEKDAYS,
  },
  Aktivitetsgruppa: {
    team: 'Aktivitetsgruppa',
    category: 'activity',
    critical: false,
    requiredCompetencies: [],
    location: FRITIDSPARK,
    hours: WEEKDAYS,
  },
  Ungprosjektet: {
    team: 'Ungprosjektet',
    category: 'prevention',
    critical: false,
    requiredCompetencies: [],
    location: MMO,
    hours: { weekdays: [1, 2, 3, 4, 5], opens: '10:00', closes: '18:00' },
  },
  Miljøpatruljen: {
    team: 'Miljøpatruljen',
    category: 'work',
    critical: false,
    requiredCompetencies: [],
    location: MMO,
    hours: WEEKDAYS,
  },
  'Opp & Jobb': {
    team: 'Opp & Jobb',
    category: 'work',
    critical: false,
    requiredCompetencies: [],
    location: MMO,
    hours: WEEKDAYS,
  },
  'Rusfritt Hus': {
    team: 'Rusfritt Hus',
    category: 'housing',
    critical: false,
    requiredCompetencies: [],
    location: { name: 'Rusfritt Hus', address: 'Strømdalsåsen 2, 3727 Skien' },
    hours: EVERY_DAY,
  },
  'Ettervern – Askepotter og Askeladder': {
    team: 'Rusfritt Hus',
    category: 'aftercare',
    critical: false,
    requiredCompetencies: [],
    location: MMO,
    hours: { weekdays: [2, 4], opens: '16:00', closes: '20:00' },
  },
  'Ambulant helseteam': {
    team: 'Ambulant helseteam',
    category: 'low-threshold',
    critical: true,
    requiredCompetencies: ['field-nursing'],
    location: { name: 'Bilen (ambulant)', address: 'Kverndalsgata 7, 3717 Skien' },
    hours: EVERY_DAY,
  },
  'ROP-oppfølging i hjemmet': {
    team: 'ROP-oppfølging',
    category: 'treatment-follow-up',
    critical: false,
    requiredCompetencies: [],
    location: { name: 'Hjemme hos brukeren', address: 'Skien kommune' },
    hours: EVERY_DAY,
  },
} satisfies Record<string, DemoServicePlan>;
export type DemoService = keyof typeof DEMO_SERVICES;

/** Which demo service plays each service of the Skien 2020 crisis template. */
export const DEMO_TEMPLATE_MAPPING: Record<string, DemoService> = {
  larDispensing: 'LAR-utdelingen',
  fieldNursing: 'Feltpleien',
  followUp: 'Rusteam – oppfølging før, under og etter behandling',
  activityGroups: 'Aktivitetsgruppa',
  oppOgJobb: 'Opp & Jobb',
  miljopatruljen: 'Miljøpatruljen',
  rusfrittHus: 'Rusfritt Hus',
  aftercareGroups: 'Ettervern – Askepotter og Askeladder',
  ungProsjektet: 'Ungprosjektet',
};

export type DemoRole = 'staff' | 'team-lead' | 'crisis-coordinator' | 'privacy-officer';

export interface DemoStaffPlan {
  subject: string;
  profession: string;
  teams: DemoTeam[];
  competencies: string[];
  /** The role of the token printed for them; staff when unset. */
  role?: DemoRole;
  sick?: boolean;
}

export const DEMO_STAFF = {
  'Anne Larsen': {
    subject: 'anne.larsen',
    profession: 'nurse',
    teams: ['Lavterskel/LAR'],
    competencies: ['lar-dispensing', 'field-nursing'],
  },
  'Siri Dahl': {
    subject: 'siri.dahl',
    profession: 'nurse',
    teams: ['Lavterskel/LAR'],
    competencies: ['lar-dispensing'],
    sick: true,
  },
  'Kari Moe': {
    subject: 'kari.moe',
    profession: 'drug consultant',
    teams: ['Rusteam'],
    competencies: [],
  },
  'Jonas Eriksen': {
    subject: 'jonas.eriksen',
    profession: 'social educator',
    teams: ['MO-team'],
    competencies: [],
  },
  'Per Lie': {
    subject: 'per.lie',
    profession: 'activity leader',
    teams: ['Aktivitetsgruppa', 'Miljøpatruljen'],
    competencies: [],
  },
  // Trained as back-up for LAR dispensing outside the LAR team (seed 000).
  'Liv Haugen': {
    subject: 'liv.haugen',
    profession: 'nurse',
    teams: ['Ungprosjektet'],
    competencies: ['lar-dispensing'],
  },
  'Ingrid Solberg': {
    subject: 'ingrid.solberg',
    profession: 'social worker',
    teams: ['Opp & Jobb'],
    competencies: [],
  },
  'Tor Bakken': {
    subject: 'tor.bakken',
    profession: 'social educator',
    teams: ['Rusfritt Hus'],
    competencies: [],
  },
  'Mona Nilsen': {
    subject: 'mona.nilsen',
    profession: 'nurse',
    teams: ['Ambulant helseteam'],
    competencies: ['field-nursing'],
  },
  'Erik Strand': {
    subject: 'erik.strand',
    profession: 'nurse',
    teams: ['Ambulant helseteam'],
    competencies: ['field-nursing'],
  },
  'Hanne Lund': {
    subject: 'hanne.lund',
    profession: 'milieu therapist',
    teams: ['ROP-oppfølging'],
    competencies: [],
  },
  'Berit Holm': {
    subject: 'berit.holm',
    profession: 'head of department',
    teams: [...DEMO_TEAMS],
    competencies: [],
    role: 'team-lead',
  },
  'Morten Aas': {
    subject: 'morten.aas',
    profession: 'preparedness coordinator',
    teams: [],
    competencies: [],
    role: 'crisis-coordinator',
  },
  'Eva Sunde': {
    subject: 'eva.sunde',
    profession: 'data protection officer',
    teams: [],
    competencies: [],
    role: 'privacy-officer',
  },
} satisfies Record<string, DemoStaffPlan>;
export type DemoStaffName = keyof typeof DEMO_STAFF;

/** Whose token the loader prints for each role. */
export const DEMO_TOKEN_HOLDERS: Record<DemoRole, DemoStaffName> = {
  staff: 'Anne Larsen',
  'team-lead': 'Berit Holm',
  'crisis-coordinator': 'Morten Aas',
  'privacy-officer': 'Eva Sunde',
};

/** Organisation numbers have valid check digits; those starting with 921 are invented. */
export const DEMO_PARTNERS = {
  'Skien Diakonale Senter': { kind: 'ngo', organisationNumber: '921000006' },
  'NAV Skien': { kind: 'nav', organisationNumber: '889640782' },
  'Seksjon for rus og psykiatri, STHF': { kind: 'tsb', organisationNumber: '983971636' },
  'DPS Skien': { kind: 'dps', organisationNumber: '921000375' },
  'Apotek 1 Skien sentrum': { kind: 'pharmacy', organisationNumber: '921001118' },
  'GREP Grenland': { kind: 'ngo', organisationNumber: '921001487' },
  'Odd Fotball – gatelaget': { kind: 'other', organisationNumber: '921001851' },
  'Gulset legesenter': { kind: 'gp', organisationNumber: '983123457' },
} as const;
export type DemoPartner = keyof typeof DEMO_PARTNERS;

export interface DemoClientPlan {
  /** A pseudonymous client (CL-1) has an alias and a birth year instead of a name and id. */
  name: { given: string; family: string; birthDate: string } | { alias: string; birthYear: number };
  primary: DemoStaffName;
  backup?: DemoStaffName;
  services: DemoService[];
  flags?: string[];
  noPhone?: boolean;
  language?: string;
  substances: string[];
  rop?: boolean;
  lar?: { medication: 'methadone' | 'buprenorphine' | 'buprenorphine-naloxone'; doseMg: number };
  /** Hours a week granted by vedtak (ROP follow-up, CL-7). */
  vedtakHours?: number;
  crisisPlan?: boolean;
  /** A relative or trusted person, named as crisis contact and, with consent, for tracing. */
  relative?: { name: string; relationship: 'mother' | 'sibling' | 'friend'; phone: string };
  /**
   * Seed 004's long-term follow-up: a referral to the DPS, a responsibility group that has met,
   * an individual plan and four KOR sessions (see load-long-term-follow-up.ts).
   */
  longTermFollowUp?: boolean;
}

const person = (given: string, family: string, birthDate: string) => ({
  given,
  family,
  birthDate,
});

export const DEMO_CLIENTS: DemoClientPlan[] = [
  {
    name: person('Arne', 'Kristiansen', '1971-03-14'),
    primary: 'Anne Larsen',
    backup: 'Siri Dahl',
    services: ['LAR-utdelingen', 'Feltpleien'],
    flags: ['overdose-history'],
    substances: ['opioids', 'benzodiazepines'],
    lar: { medication: 'methadone', doseMg: 80 },
    crisisPlan: true,
    relative: { name: 'Randi Kristiansen', relationship: 'mother', phone: '+47 911 20 001' },
  },
  {
    name: person('Bjørg', 'Haugland', '1983-07-02'),
    primary: 'Anne Larsen',
    backup: 'Siri Dahl',
    services: ['LAR-utdelingen'],
    substances: ['opioids'],
    lar: { medication: 'buprenorphine', doseMg: 16 },
  },
  {
    name: person('Cato', 'Johansen', '1979-11-23'),
    primary: 'Anne Larsen',
    services: ['LAR-utdelingen', 'Feltpleien'],
    flags: ['homeless', 'no-phone'],
    noPhone: true,
    substances: ['opioids', 'amphetamines'],
    lar: { medication: 'buprenorphine-naloxone', doseMg: 12 },
  },
  {
    name: person('Dina', 'Olsen', '1990-01-30'),
    primary: 'Siri Dahl',
    backup: 'Anne Larsen',
    services: ['LAR-utdelingen'],
    flags: ['pregnancy'],
    substances: ['opioids'],
    lar: { medication: 'buprenorphine', doseMg: 8 },
    crisisPlan: true,
  },
  {
    name: person('Egil', 'Pedersen', '1968-05-19'),
    primary: 'Anne Larsen',
    services: ['Feltpleien'],
    flags: ['somatic-risk'],
    substances: ['alcohol'],
  },
  {
    name: { alias: 'Fjellreven', birthYear: 1986 },
    primary: 'Anne Larsen',
    services: ['Feltpleien'],
    substances: ['amphetamines'],
  },
  {
    name: person('Geir', 'Nygård', '1975-09-08'),
    primary: 'Kari Moe',
    backup: 'Jonas Eriksen',
    services: ['Rusteam – oppfølging før, under og etter behandling'],
    substances: ['alcohol', 'cannabis'],
  },
  {
    name: person('Hilde', 'Sørensen', '1988-12-12'),
    primary: 'Kari Moe',
    services: ['Rusteam – oppfølging før, under og etter behandling', 'Aktivitetsgruppa'],
    substances: ['amphetamines'],
  },
  {
    name: person('Ivar', 'Berge', '1981-04-04'),
    primary: 'Kari Moe',
    services: ['Rusteam – oppfølging før, under og etter behandling', 'Opp & Jobb'],
    language: 'pl',
    flags: ['language-difficulty'],
    substances: ['alcohol'],
  },
  {
    name: person('Jorunn', 'Lien', '1977-06-21'),
    primary: 'Jonas Eriksen',
    backup: 'Kari Moe',
    services: ['MO-team – praktisk oppfølging', 'Miljøpatruljen'],
    substances: ['cannabis'],
  },
  {
    name: person('Knut', 'Hovland', '1992-02-17'),
    primary: 'Jonas Eriksen',
    services: ['MO-team – praktisk oppfølging', 'Aktivitetsgruppa'],
    substances: ['amphetamines', 'cannabis'],
  },
  {
    name: person('Laila', 'Amundsen', '1985-10-01'),
    primary: 'Per Lie',
    services: ['Aktivitetsgruppa', 'Miljøpatruljen'],
    substances: ['alcohol'],
  },
  {
    name: person('Magne', 'Eide', '1973-08-27'),
    primary: 'Per Lie',
    services: ['Aktivitetsgruppa', 'Miljøpatruljen'],
    substances: ['alcohol', 'benzodiazepines'],
  },
  {
    name: person('Nina', 'Halvorsen', '1994-03-09'),
    primary: 'Per Lie',
    services: ['Aktivitetsgruppa'],
    substances: ['cannabis'],
  },
  {
    name: person('Oda', 'Strand', '2005-05-05'),
    primary: 'Liv Haugen',
    services: ['Ungprosjektet'],
    substances: ['cannabis'],
  },
  {
    name: person('Petter', 'Vik', '2006-09-14'),
    primary: 'Liv Haugen',
    services: ['Ungprosjektet', 'Opp & Jobb'],
    substances: ['cannabis', 'amphetamines'],
  },
  {
    name: { alias: 'Gatekatten', birthYear: 2004 },
    primary: 'Liv Haugen',
    services: ['Ungprosjektet'],
    substances: ['ghb'],
  },
  {
    name: person('Rune', 'Aasen', '2003-12-01'),
    primary: 'Ingrid Solberg',
    services: ['Opp & Jobb'],
    substances: ['cannabis'],
  },
  {
    name: person('Solveig', 'Moen', '1980-07-15'),
    primary: 'Tor Bakken',
    services: ['Rusfritt Hus', 'Ettervern – Askepotter og Askeladder'],
    substances: ['alcohol'],
  },
  {
    name: person('Trond', 'Ødegård', '1969-01-25'),
    primary: 'Tor Bakken',
    services: ['Rusfritt Hus', 'Ettervern – Askepotter og Askeladder'],
    substances: ['opioids'],
  },
  {
    name: person('Unni', 'Bakke', '1984-04-18'),
    primary: 'Mona Nilsen',
    backup: 'Erik Strand',
    services: ['Ambulant helseteam'],
    flags: ['overdose-history', 'homeless'],
    substances: ['opioids', 'benzodiazepines'],
    crisisPlan: true,
  },
  {
    name: person('Vidar', 'Holm', '1976-11-11'),
    primary: 'Erik Strand',
    backup: 'Mona Nilsen',
    services: ['Ambulant helseteam'],
    flags: ['violence-risk'],
    substances: ['amphetamines'],
  },
  {
    name: person('Wenche', 'Tveit', '1972-02-28'),
    primary: 'Hanne Lund',
    // The printed staff token's holder, so a newcomer can open the long-term follow-up.
    backup: 'Anne Larsen',
    services: ['ROP-oppfølging i hjemmet'],
    rop: true,
    substances: ['alcohol'],
    vedtakHours: 6,
    crisisPlan: true,
    relative: { name: 'Lise Tveit', relationship: 'sibling', phone: '+47 911 20 002' },
    longTermFollowUp: true,
  },
  {
    name: person('Yngve', 'Brekke', '1966-06-06'),
    primary: 'Hanne Lund',
    services: ['ROP-oppfølging i hjemmet'],
    rop: true,
    flags: ['no-phone'],
    noPhone: true,
    substances: ['alcohol', 'cannabis'],
    vedtakHours: 4.5,
    crisisPlan: true,
    relative: { name: 'Stig Lunde', relationship: 'friend', phone: '+47 911 20 003' },
  },
  {
    name: person('Åse', 'Gundersen', '1987-08-08'),
    primary: 'Hanne Lund',
    services: ['ROP-oppfølging i hjemmet', 'Ettervern – Askepotter og Askeladder'],
    rop: true,
    substances: ['benzodiazepines'],
    vedtakHours: 3,
  },
];

export interface DemoGroupPlan {
  service: DemoService;
  locationKind: 'indoor' | 'outdoor' | 'online';
  /** Fixed cohorts (GR-3): one per slot, each with its own maximum. */
  slots: { weekday: string; startTime: string }[];
  maxSize: number;
}

export const DEMO_GROUPS = {
  'Yoga og stressmestring': {
    service: 'Aktivitetsgruppa',
    locationKind: 'indoor',
    slots: [{ weekday: 'tuesday', startTime: '10:00' }],
    maxSize: 8,
  },
  'Gatelagsfotball med Odd': {
    service: 'Aktivitetsgruppa',
    locationKind: 'outdoor',
    slots: [
      { weekday: 'wednesday', startTime: '12:00' },
      { weekday: 'wednesday', startTime: '14:00' },
    ],
    maxSize: 8,
  },
  'Miljøpatruljen arbeidslag': {
    service: 'Miljøpatruljen',
    locationKind: 'outdoor',
    slots: [
      { weekday: 'monday', startTime: '09:00' },
      { weekday: 'monday', startTime: '12:30' },
    ],
    maxSize: 5,
  },
  'Opp-gruppa': {
    service: 'Opp & Jobb',
    locationKind: 'indoor',
    slots: [{ weekday: 'thursday', startTime: '09:00' }],
    maxSize: 6,
  },
  'Askepotter og Askeladder': {
    service: 'Ettervern – Askepotter og Askeladder',
    locationKind: 'indoor',
    slots: [{ weekday: 'tuesday', startTime: '17:00' }],
    maxSize: 10,
  },
  Ungprosjektet: {
    service: 'Ungprosjektet',
    locationKind: 'indoor',
    slots: [{ weekday: 'friday', startTime: '15:00' }],
    maxSize: 10,
  },
} satisfies Record<string, DemoGroupPlan>;
