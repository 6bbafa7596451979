import fc from 'fast-check';
import { aRule } from '../testing/crisis-plan.builders';
import type { ActiveEnrolment, CatalogueService, ClientFacts } from '../other-libraries';
import type { CrisisLevel } from '../plan/crisis-plan';
import { VULNERABILITY_FLAGS } from '../shared/vocabulary';
import {
  LAR_COMPETENCY,
  comparePriorityKeys,
  priorityCriteria,
  priorityKey,
  rankClients,
} from './priority-order';

const LAR = '00000000-0000-4000-8000-00000000000a';
const UNG_PLUSS = '00000000-0000-4000-8000-00000000000b';
const ACTIVITY = '00000000-0000-4000-8000-00000000000c';

const service = (id: string, overrides: Partial<CatalogueService> = {}): CatalogueService => ({
  id,
  name: id,
  category: 'low-threshold',
  teamId: 'team',
  critical: false,
  mode: 'open',
  requiredCompetencies: [],
  ...overrides,
});
const services = [
  service(LAR, { requiredCompetencies: [LAR_COMPETENCY], critical: true }),
  service(UNG_PLUSS, { category: 'prevention' }),
  service(ACTIVITY, { category: 'activity' }),
];

const red: CrisisLevel = {
  code: 'red',
  name: 'Rød',
  description: '',
  rules: [aRule({ target: { kind: 'service', serviceId: UNG_PLUSS }, prioritised: true })],
  priorityFlags: ['overdose-history', 'pregnancy', 'no-phone'],
  staffing: [],
};

const facts = (clientId: string, flags: ClientFacts['vulnerabilityFlags'] = []): ClientFacts => ({
  clientId,
  vulnerabilityFlags: flags,
  reachableByPhone: !flags.includes('no-phone'),
  preferredLanguage: null,
  interpreterNeeded: false,
  primaryContact: 'nurse-anne',
  backupContact: null,
});
const enrolled = (clientId: string, serviceId: string): ActiveEnrolment => ({
  clientId,
  serviceId,
});

describe('priority order (CR-4)', () => {
  it('puts the level’s flagged clients first, then the prioritised service, then LAR, then the rest', () => {
    const ranked = rankClients({
      facts: [
        facts('c-other', ['language-difficulty']),
        facts('c-lar'),
        facts('c-ung'),
        facts('c-flagged', ['overdose-history']),
      ],
      enrolments: [
        enrolled('c-other', ACTIVITY),
        enrolled('c-lar', LAR),
        enrolled('c-ung', UNG_PLUSS),
        enrolled('c-flagged', ACTIVITY),
      ],
      criteria: priorityCriteria(services, red),
    });
    expect(ranked.map((c) => [c.facts.clientId, c.tier])).toEqual([
      ['c-flagged', 'priority-flags'],
      ['c-ung', 'prioritised-service'],
      ['c-lar', 'lar'],
      // language difficulty is not one of red's priority flags
      ['c-other', 'other'],
    ]);
    expect(ranked[0].matchedFlags).toEqual(['overdose-history']);
  });

  it('puts a client in the first tier they qualify for', () => {
    const ranked = rankClients({
      facts: [facts('c-both', ['pregnancy'])],
      enrolments: [enrolled('c-both', LAR), enrolled('c-both', UNG_PLUSS)],
      criteria: priorityCriteria(services, red),
    });
    expect(ranked).toEqual([
      expect.objectContaining({ tier: 'priority-flags', serviceIds: [LAR, UNG_PLUSS].sort() }),
    ]);
  });

  it('ranks more priority flags first within a tier, then more flags of any kind, then client id', () => {
    const ranked = rankClients({
      facts: [
        facts('c-b', ['no-phone']),
        facts('c-a', ['no-phone']),
        facts('c-one-plus-other', ['pregnancy', 'homeless']),
        facts('c-two', ['pregnancy', 'overdose-history']),
      ],
      enrolments: ['c-a', 'c-b', 'c-one-plus-other', 'c-two'].map((id) => enrolled(id, ACTIVITY)),
      criteria: priorityCriteria(services, red),
    });
    expect(ranked.map((c) => c.facts.clientId)).toEqual([
      'c-two',
      'c-one-plus-other',
      'c-a',
      'c-b',
    ]);
  });

  it('without a crisis, any vulnerability flag comes first and no service is prioritised', () => {
    const criteria = priorityCriteria(services, null);
    expect(criteria.priorityFlags).toEqual(VULNERABILITY_FLAGS);
    const ranked = rankClients({
      facts: [facts('c-ung'), facts('c-lang', ['language-difficulty']), facts('c-lar')],
      enrolments: [
        enrolled('c-ung', UNG_PLUSS),
        enrolled('c-lang', ACTIVITY),
        enrolled('c-lar', LAR),
      ],
      criteria,
    });
    expect(ranked.map((c) => [c.facts.clientId, c.tier])).toEqual([
      ['c-lang', 'priority-flags'],
      ['c-lar', 'lar'],
      ['c-ung', 'other'],
    ]);
  });

  it('takes a prioritised rule by category as well (most specific rule wins)', () => {
    const level: CrisisLevel = {
      ...red,
      rules: [
        aRule({ target: { kind: 'category', category: 'activity' }, prioritised: true }),
        // the service's own rule overrides its category's
        aRule({ target: { kind: 'service', serviceId: ACTIVITY }, prioritised: false }),
        aRule({ target: { kind: 'category', category: 'prevention' }, prioritised: true }),
      ],
    };
    const criteria = priorityCriteria(services, level);
    expect([...criteria.prioritisedServiceIds]).toEqual([UNG_PLUSS]);
  });

  it('lists a client once, and leaves out enrolled clients without facts', () => {
    const ranked = rankClients({
      facts: [facts('c-1'), facts('c-1')],
      enrolments: [enrolled('c-1', LAR), enrolled('c-1', LAR), enrolled('c-unknown', LAR)],
      criteria: priorityCriteria(services, red),
    });
    expect(ranked.map((c) => [c.facts.clientId, c.serviceIds])).toEqual([['c-1', [LAR]]]);
  });

  describe('is a total, deterministic order', () => {
    const flagSet = fc.subarray([...VULNERABILITY_FLAGS]);
    const client = fc.record({
      id: fc.uuid(),
      flags: flagSet,
      services: fc.subarray([LAR, UNG_PLUSS, ACTIVITY], { minLength: 1 }),
    });
    const clients = fc.uniqueArray(client, { selector: (c) => c.id, maxLength: 40 });
    const level = fc.record({
      priorityFlags: flagSet,
      prioritiseUng: fc.boolean(),
    });
    const inputOf = (
      list: { id: string; flags: ClientFacts['vulnerabilityFlags']; services: string[] }[],
      chosen: { priorityFlags: CrisisLevel['priorityFlags']; prioritiseUng: boolean },
    ) => ({
      facts: list.map((c) => facts(c.id, c.flags)),
      enrolments: list.flatMap((c) => c.services.map((s) => enrolled(c.id, s))),
      criteria: priorityCriteria(services, {
        ...red,
        priorityFlags: chosen.priorityFlags,
        rules: [
          aRule({
            target: { kind: 'service', serviceId: UNG_PLUSS },
            prioritised: chosen.prioritiseUng,
          }),
        ],
      }),
    });

    it('shuffled input gives the same list', () => {
      fc.assert(
        fc.property(clients, level, fc.integer(), (list, chosen, seed) => {
          const input = inputOf(list, chosen);
          const shuffled = {
            ...input,
            facts: shuffle(input.facts, seed),
            enrolments: shuffle(input.enrolments, seed + 1),
          };
          const ids = (ranked: ReturnType<typeof rankClients>) =>
            ranked.map((c) => c.facts.clientId);
          expect(ids(rankClients(shuffled))).toEqual(ids(rankClients(input)));
        }),
      );
    });

    it('every client appears once and each comes strictly after the one before', () => {
      fc.assert(
        fc.property(clients, level, (list, chosen) => {
          const ranked = rankClients(inputOf(list, chosen));
          expect(ranked.map((c) => c.facts.clientId).sort()).toEqual(list.map((c) => c.id).sort());
          for (let i = 1; i < ranked.length; i++) {
            expect(
              comparePriorityKeys(priorityKey(ranked[i - 1]), priorityKey(ranked[i])),
            ).toBeLessThan(0);
          }
        }),
      );
    });
  });
});

/** A deterministic Fisher–Yates shuffle (seeded LCG), so a failure replays. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
