// The municipality's follow-up services (about 30) and the teams that run them: the shape of a
// Norwegian municipality's substance-use and mental-health services. Clients are spread over
// them by `weight`; `groups` marks the services whose activity groups the generator creates.

export type ServiceCategory =
  | 'prevention'
  | 'low-threshold'
  | 'treatment-follow-up'
  | 'aftercare'
  | 'housing'
  | 'activity'
  | 'work';

export interface ServiceTemplate {
  readonly name: string;
  readonly team: string;
  readonly category: ServiceCategory;
  /** Share of enrolments, relative to the others. */
  readonly weight: number;
  readonly critical?: boolean;
  readonly competencies?: readonly string[];
  /** Opioid agonist treatment: its clients get a prescription and daily dispensings. */
  readonly lar?: boolean;
  /** Runs activity groups. */
  readonly groups?: boolean;
  readonly capacity?: number;
}

export const TEAMS = [
  'Rus og psykisk helse Sentrum',
  'Rus og psykisk helse Øst',
  'Rus og psykisk helse Vest',
  'LAR-teamet',
  'Oppsøkende team',
  'Boligteamet',
  'Aktivitet og arbeid',
  'Ettervern',
  'Forebyggende team',
  'Lavterskeltilbudet',
] as const;

type Team = (typeof TEAMS)[number];

const service = (
  name: string,
  team: Team,
  category: ServiceCategory,
  weight: number,
  extra: Partial<ServiceTemplate> = {},
): ServiceTemplate => ({ name, team, category, weight, ...extra });

export const SERVICES: readonly ServiceTemplate[] = [
  service(
    'Individuell oppfølging Sentrum',
    'Rus og psykisk helse Sentrum',
    'treatment-follow-up',
    10,
  ),
  service('Individuell oppfølging Øst', 'Rus og psykisk helse Øst', 'treatment-follow-up', 10),
  service('Individuell oppfølging Vest', 'Rus og psykisk helse Vest', 'treatment-follow-up', 10),
  service('Samtaletilbud psykisk helse', 'Rus og psykisk helse Sentrum', 'treatment-follow-up', 6),
  service('Rask psykisk helsehjelp', 'Rus og psykisk helse Øst', 'treatment-follow-up', 5, {
    capacity: 120,
  }),
  service('ACT-teamet', 'Rus og psykisk helse Vest', 'treatment-follow-up', 3, { critical: true }),
  service('LAR-oppfølging', 'LAR-teamet', 'treatment-follow-up', 3, {
    critical: true,
    lar: true,
    competencies: ['lar-dispensing'],
  }),
  service('LAR-utdeling hjemme', 'LAR-teamet', 'low-threshold', 1, {
    critical: true,
    competencies: ['lar-dispensing'],
  }),
  service('Gatenært helsetilbud', 'Oppsøkende team', 'low-threshold', 4, {
    critical: true,
    competencies: ['field-nursing'],
  }),
  service('Oppsøkende tjeneste', 'Oppsøkende team', 'low-threshold', 4),
  service('Sprøyteutdeling og helserom', 'Lavterskeltilbudet', 'low-threshold', 3, {
    critical: true,
    competencies: ['field-nursing'],
  }),
  service('Værestedet', 'Lavterskeltilbudet', 'low-threshold', 4),
  service('Matutdeling', 'Lavterskeltilbudet', 'low-threshold', 2),
  service('Bolig først', 'Boligteamet', 'housing', 3, { capacity: 60 }),
  service('Bemannet bolig Bakkevegen', 'Boligteamet', 'housing', 1, {
    capacity: 16,
    critical: true,
  }),
  service('Oppfølging i egen bolig', 'Boligteamet', 'housing', 4),
  service('Midlertidig bolig', 'Boligteamet', 'housing', 1, { capacity: 24 }),
  service('Dagsenter Fontenehuset', 'Aktivitet og arbeid', 'activity', 4, { groups: true }),
  service('Turgruppa', 'Aktivitet og arbeid', 'activity', 3, { groups: true }),
  service('Treningskontakt', 'Aktivitet og arbeid', 'activity', 2, { groups: true }),
  service('Kreativt verksted', 'Aktivitet og arbeid', 'activity', 2, { groups: true }),
  service('Arbeidstrening', 'Aktivitet og arbeid', 'work', 3, { groups: true }),
  service('Jobbmestring (IPS)', 'Aktivitet og arbeid', 'work', 2, { groups: true }),
  service('Ettervern etter behandling', 'Ettervern', 'aftercare', 3, { groups: true }),
  service('Samtalegruppe ettervern', 'Ettervern', 'aftercare', 2, { groups: true }),
  service('Pårørendegruppe', 'Ettervern', 'aftercare', 1, { groups: true }),
  service('Mestringskurs', 'Forebyggende team', 'prevention', 2, { groups: true }),
  service('Ungdomsteamet', 'Forebyggende team', 'prevention', 3),
  service('Tidlig intervensjon rus', 'Forebyggende team', 'prevention', 2),
  service('Ruskonsulent NAV', 'Rus og psykisk helse Sentrum', 'treatment-follow-up', 2),
];

export const PROFESSIONS = [
  'sykepleier',
  'vernepleier',
  'sosionom',
  'miljøterapeut',
  'psykolog',
  'erfaringskonsulent',
  'barnevernspedagog',
];
