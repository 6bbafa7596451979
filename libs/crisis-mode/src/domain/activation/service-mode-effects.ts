import type { CrisisLevel } from '../plan/crisis-plan';
import { resolveRule } from '../policy/resolve-rule';
import type { CatalogueService } from '../other-libraries';
import { IN_PERSON_STOPPED_MODES, type ServiceMode } from '../shared/vocabulary';
import type { AppliedEffects } from './crisis-state';

export interface ModeSwitch {
  readonly serviceId: string;
  readonly name: string;
  readonly fromMode: ServiceMode;
  readonly toMode: ServiceMode;
}

/**
 * The service modes a level asks for, straight from whatever is in force now: each service's
 * mode before the crisis (as recorded by the change in force, else its mode now) is the base,
 * the level's rule overrides it. `level` undefined is `normal`: every service gets its base back.
 */
export function serviceModeEffects(input: {
  services: readonly CatalogueService[];
  inForce: AppliedEffects | null;
  level: CrisisLevel | undefined;
}): { switches: ModeSwitch[]; recorded: AppliedEffects['serviceModes'] } {
  const before = new Map(
    (input.inForce?.serviceModes ?? []).map((entry) => [
      entry.serviceId.toLowerCase(),
      entry.previousMode as ServiceMode,
    ]),
  );
  const switches: ModeSwitch[] = [];
  const recorded: { serviceId: string; previousMode: string; appliedMode: string }[] = [];
  for (const service of input.services) {
    const base = before.get(service.id.toLowerCase()) ?? service.mode;
    const target = (input.level && resolveRule(input.level, service)?.mode) || base;
    if (service.mode !== target) {
      switches.push({
        serviceId: service.id,
        name: service.name,
        fromMode: service.mode,
        toMode: target,
      });
    }
    if (target !== base)
      recorded.push({ serviceId: service.id, previousMode: base, appliedMode: target });
  }
  return { switches, recorded };
}

/** Services whose clients no longer meet them in person at `level`. */
export function inPersonStopped(
  services: readonly CatalogueService[],
  level: CrisisLevel | undefined,
): Set<string> {
  if (!level) return new Set();
  return new Set(
    services
      .filter((service) => {
        const mode = resolveRule(level, service)?.mode;
        return mode !== undefined && IN_PERSON_STOPPED_MODES.includes(mode);
      })
      .map((service) => service.id),
  );
}

/** The cohort sizes a level sets, each with the services whose groups take it. */
export function cohortSizes(
  services: readonly CatalogueService[],
  level: CrisisLevel | undefined,
): { maxSize: number; serviceIds: string[] }[] {
  if (!level) return [];
  const bySize = new Map<number, string[]>();
  for (const service of services) {
    const rule = resolveRule(level, service);
    if (!rule || rule.maxGroupSize === null || rule.mode === 'closed') continue;
    bySize.set(rule.maxGroupSize, [...(bySize.get(rule.maxGroupSize) ?? []), service.id]);
  }
  return [...bySize.entries()]
    .sort(([a], [b]) => a - b)
    .map(([maxSize, serviceIds]) => ({ maxSize, serviceIds: serviceIds.sort() }));
}
