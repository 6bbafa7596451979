import fc from 'fast-check';
import type { CrisisLevel, ServiceRule } from '../plan/crisis-plan';
import type { CatalogueService } from '../other-libraries';
import { SERVICE_CATEGORIES, SERVICE_MODES, type ServiceMode } from '../shared/vocabulary';
import type { AppliedEffects } from './crisis-state';
import { cohortSizes, inPersonStopped, serviceModeEffects } from './service-mode-effects';

const service = fc.record({
  id: fc.uuid(),
  name: fc.string({ minLength: 1, maxLength: 8 }),
  category: fc.constantFrom(...SERVICE_CATEGORIES),
  teamId: fc.uuid(),
  critical: fc.boolean(),
  mode: fc.constantFrom(...SERVICE_MODES),
  requiredCompetencies: fc.constant([] as string[]),
});
const tenant = fc.uniqueArray(service, { selector: (s) => s.id, maxLength: 30 });

function level(code: string, rules: ServiceRule[]): CrisisLevel {
  return { code, name: code, description: '', rules, priorityFlags: [], staffing: [] };
}

const ruleFor = (services: CatalogueService[]) =>
  fc
    .record({
      target: fc.oneof(
        fc.constant({ kind: 'all' as const }),
        fc
          .constantFrom(...SERVICE_CATEGORIES)
          .map((category) => ({ kind: 'category' as const, category })),
        services.length
          ? fc.constantFrom(...services).map((s) => ({ kind: 'service' as const, serviceId: s.id }))
          : fc.constant({ kind: 'all' as const }),
      ),
      mode: fc.constantFrom(...SERVICE_MODES),
      maxGroupSize: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
    })
    .map((partial): ServiceRule => ({
      groupsClosed: false,
      batchesPerDay: null,
      allowedChannels: null,
      maxPersonsInPremises: null,
      inPersonOnlyWhereEssential: false,
      dispensingChannels: null,
      eligibility: [],
      prioritised: false,
      note: '',
      ...partial,
    }));

/** Applies the switches to the catalogue, as `ServiceModes.change` would. */
function applied(
  services: CatalogueService[],
  switches: { serviceId: string; toMode: ServiceMode }[],
): CatalogueService[] {
  const to = new Map(switches.map((change) => [change.serviceId, change.toMode]));
  return services.map((s) => ({ ...s, mode: to.get(s.id) ?? s.mode }));
}

function step(
  services: CatalogueService[],
  inForce: AppliedEffects | null,
  next: CrisisLevel | undefined,
) {
  const { switches, recorded } = serviceModeEffects({ services, inForce, level: next });
  const effects: AppliedEffects = {
    levelChangeId: 'x',
    serviceModes: recorded,
    arrangementReferences: [],
    episodeChangeIds: [],
  };
  return { services: applied(services, switches), effects, switches };
}

const scenario = tenant.chain((services) =>
  fc.tuple(
    fc.constant(services),
    fc.array(ruleFor(services), { maxLength: 8 }),
    fc.array(ruleFor(services), { maxLength: 8 }),
  ),
);

describe('service mode effects', () => {
  it('activation then deactivation gives every service its mode back', () => {
    fc.assert(
      fc.property(scenario, ([services, redRules]) => {
        const red = step(services, null, level('red', redRules));
        const back = step(red.services, red.effects, undefined);
        expect(back.services).toEqual(services);
        expect(back.effects.serviceModes).toEqual([]);
      }),
    );
  });

  it('yellow → red → normal is the identity, and red is the same whether reached from yellow or not', () => {
    fc.assert(
      fc.property(scenario, ([services, yellowRules, redRules]) => {
        const yellow = step(services, null, level('yellow', yellowRules));
        const red = step(yellow.services, yellow.effects, level('red', redRules));
        const direct = step(services, null, level('red', redRules));
        expect(red.services).toEqual(direct.services);
        expect(step(red.services, red.effects, undefined).services).toEqual(services);
      }),
    );
  });

  it('switches only services whose mode changes', () => {
    fc.assert(
      fc.property(scenario, ([services, redRules]) => {
        const { switches } = serviceModeEffects({
          services,
          inForce: null,
          level: level('red', redRules),
        });
        for (const change of switches) expect(change.fromMode).not.toBe(change.toMode);
      }),
    );
  });

  it('gives each service at most one cohort size, and none to a closed service', () => {
    fc.assert(
      fc.property(scenario, ([services, redRules]) => {
        const red = level('red', redRules);
        const sizes = cohortSizes(services, red);
        const ids = sizes.flatMap((size) => size.serviceIds);
        expect(new Set(ids).size).toBe(ids.length);
        const stopped = inPersonStopped(services, red);
        for (const id of ids) expect(services.some((s) => s.id === id)).toBe(true);
        expect([...stopped].every((id) => services.some((s) => s.id === id))).toBe(true);
      }),
    );
  });
});
