import type { ContactChannel } from '../../shared/vocabulary';
import type { CrisisLevel, CrisisPlanContent, EligibilityRule, ServiceRule } from '../crisis-plan';

/**
 * The services of the Skien MMO-senter RUS notice of 16 April 2020 (seed 000) that the template
 * has a rule for. The municipality maps each to one of its own services; unmapped ones are left out.
 */
export const SKIEN_2020_SERVICES = [
  'larDispensing',
  'fieldNursing',
  'followUp',
  'activityGroups',
  'oppOgJobb',
  'miljopatruljen',
  'rusfrittHus',
  'aftercareGroups',
  'ungPluss',
  'ungProsjektet',
] as const;
export type Skien2020Service = (typeof SKIEN_2020_SERVICES)[number];

export type Skien2020Mapping = Partial<Record<Skien2020Service, string>>;

/** "urinprøvetakinger etter vurdering fra barnevern, UNG pluss og … krav for førerkort" */
const URINE_TESTS: EligibilityRule = {
  kind: 'health-measure-requesters',
  measure: 'urine-test',
  requesters: ['child-welfare', 'ung-pluss', 'driving-licence'],
};

/** No appointments in the premises: phone and video first, outdoors and at home where needed. */
const NOT_IN_PREMISES: ContactChannel[] = [
  'phone',
  'video',
  'home-visit',
  'street-outreach',
  'walk-and-talk',
];

function rule(
  partial: Partial<ServiceRule> & Pick<ServiceRule, 'target' | 'mode' | 'note'>,
): ServiceRule {
  return {
    maxGroupSize: null,
    groupsClosed: false,
    batchesPerDay: null,
    allowedChannels: null,
    maxPersonsInPremises: null,
    inPersonOnlyWhereEssential: false,
    dispensingChannels: null,
    prioritised: false,
    ...partial,
    eligibility: [URINE_TESTS, ...(partial.eligibility ?? [])],
  };
}

function redRules(services: Skien2020Mapping): ServiceRule[] {
  const forService = (key: Skien2020Service, make: (serviceId: string) => ServiceRule) => {
    const serviceId = services[key];
    return serviceId ? [make(serviceId)] : [];
  };
  const target = (serviceId: string) => ({ kind: 'service' as const, serviceId });
  return [
    rule({
      target: { kind: 'all' },
      mode: 'reduced',
      allowedChannels: NOT_IN_PREMISES,
      note: 'Ingen timeavtaler i lokalene; samtaler hovedsakelig på telefon. Fysiske møter, innkomstsamtaler og ansvarsgruppemøter der det er avgjørende (individuelt unntak). Møter over Teams/Skype.',
    }),
    ...forService('larDispensing', (id) =>
      rule({
        target: target(id),
        mode: 'reduced',
        maxPersonsInPremises: 1,
        dispensingChannels: ['hatch', 'home-delivery'],
        note: 'Kun én inn i lokalet av gangen; utlevering gjennom luke. LAR-brukere fra apotek som har stengt overføres midlertidig hit. Råd om smittevern.',
      }),
    ),
    ...forService('fieldNursing', (id) =>
      rule({
        target: target(id),
        mode: 'reduced',
        inPersonOnlyWhereEssential: true,
        allowedChannels: ['phone', 'video', 'street-outreach', 'office', 'home-visit'],
        prioritised: true,
        note: 'Helsetjenester i lokalene kun ved nødvendige behandlingstrengende tilstander; samtaler på telefon eller oppsøkende. Utdeling av brukerutstyr, ernæringsdrikker og matposer (også kjørt ut, med Skien Diakonale Senter).',
      }),
    ),
    ...forService('followUp', (id) =>
      rule({
        target: target(id),
        mode: 'remote',
        allowedChannels: ['phone', 'video', 'office', 'walk-and-talk', 'home-visit'],
        note: 'Oppfølging hovedsakelig per telefon; fysiske møter etter individuell vurdering der det er viktig for stabilisering. Ansvarsgruppemøter over Skype. Inntakssamtale på telefon, ellers i eget lokale eller ute.',
      }),
    ),
    ...forService('activityGroups', (id) =>
      rule({
        target: target(id),
        mode: 'outdoor-only',
        maxGroupSize: 5,
        note: 'Styrke, kondisjon og gåturer med inntil 5 personer, ute i Skien Fritidspark. Yoga online i egne grupper.',
      }),
    ),
    ...forService('oppOgJobb', (id) =>
      rule({
        target: target(id),
        mode: 'reduced',
        maxGroupSize: 5,
        batchesPerDay: 2,
        note: 'Gruppeaktiviteter inntil 5 personer fordelt på 2 grupper per dag.',
      }),
    ),
    ...forService('miljopatruljen', (id) =>
      rule({
        target: target(id),
        mode: 'reduced',
        maxGroupSize: 5,
        batchesPerDay: 2,
        note: 'Mindre grupper i to faste puljer per dag; ferdigsmurt matpakke. Nye brukere avtaler med arbeidsleder.',
      }),
    ),
    ...forService('rusfrittHus', (id) =>
      rule({
        target: target(id),
        mode: 'reduced',
        eligibility: [{ kind: 'group-residents-only', residenceServiceId: id }],
        note: 'All gruppeaktivitet, kveld og helg, for andre enn husstanden er innstilt.',
      }),
    ),
    ...forService('aftercareGroups', (id) =>
      rule({
        target: target(id),
        mode: 'reduced',
        maxGroupSize: 5,
        note: 'Askepotter og Askeladder med inntil 5 personer; ellers oppfølging på telefon.',
      }),
    ),
    ...forService('ungPluss', (id) =>
      rule({
        target: target(id),
        mode: 'reduced',
        prioritised: true,
        note: 'Prioritert opprettholdt (brukere med påtaleunnlatelse), noe redusert fysisk oppmøte.',
      }),
    ),
    ...forService('ungProsjektet', (id) =>
      rule({
        target: target(id),
        mode: 'remote',
        groupsClosed: true,
        note: 'Stengt for grupper (stor risiko for smittespredning); samtaler på telefon, fysiske møter etter individuell vurdering.',
      }),
    ),
  ];
}

const YELLOW: CrisisLevel = {
  code: 'yellow',
  name: 'Gul: økt smittevern',
  description: 'Smittevern skjerpes: mindre grupper, prioriterte brukere følges tettere.',
  rules: (['activity', 'work', 'aftercare'] as const).map((category) =>
    rule({
      target: { kind: 'category', category },
      mode: 'reduced',
      maxGroupSize: 10,
      note: 'Grupper på inntil 10; avstand og håndhygiene.',
    }),
  ),
  priorityFlags: ['overdose-history', 'pregnancy'],
  staffing: [],
};

/** A ready plan modelled point by point on the Skien MMO-senter RUS notice of 16 April 2020. */
export function skien2020Plan(input: { name?: string; services: Skien2020Mapping }): {
  plan: CrisisPlanContent;
  unmapped: Skien2020Service[];
} {
  const { services } = input;
  const staffing = [
    ...(services.larDispensing
      ? [{ serviceId: services.larDispensing, competency: 'lar-dispensing', minimum: 2 }]
      : []),
    ...(services.fieldNursing
      ? [{ serviceId: services.fieldNursing, competency: 'field-nursing', minimum: 2 }]
      : []),
  ];
  const red: CrisisLevel = {
    code: 'red',
    name: 'Rød: pandemitiltak',
    description:
      'Pandemitiltak som ved MMO-senter RUS, Skien, 16.04.2020: små faste grupper, telefon først, kritiske tjenester fysisk til stede.',
    rules: redRules(services),
    priorityFlags: ['overdose-history', 'pregnancy', 'no-phone', 'homeless', 'somatic-risk'],
    staffing,
  };
  return {
    plan: {
      name: input.name ?? 'Pandemiplan etter Skien MMO-senter 2020',
      levels: [
        {
          code: 'normal',
          name: 'Normal drift',
          description: 'Ingen krise.',
          rules: [],
          priorityFlags: [],
          staffing: [],
        },
        YELLOW,
        red,
      ],
    },
    unmapped: SKIEN_2020_SERVICES.filter((key) => !services[key]),
  };
}
