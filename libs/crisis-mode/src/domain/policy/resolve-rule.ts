import type { CrisisLevel, ServiceRule } from '../plan/crisis-plan';
import type { ServiceCategory } from '../shared/vocabulary';

/** What the plan needs to know of a service to find its rule. */
export interface ServiceFacts {
  readonly id: string;
  readonly category: ServiceCategory;
}

/**
 * The rule of `level` for a service: its own rule, else its category's, else the level's
 * `all` rule; `undefined` when the level says nothing about it. `service: null` asks for the
 * rule of work that belongs to no service (e.g. an encounter logged without one): `all`.
 */
export function resolveRule(
  level: CrisisLevel,
  service: ServiceFacts | null,
): ServiceRule | undefined {
  const rules = level.rules;
  if (service) {
    const id = service.id.toLowerCase();
    const own = rules.find(
      (rule) => rule.target.kind === 'service' && rule.target.serviceId.toLowerCase() === id,
    );
    if (own) return own;
    const category = rules.find(
      (rule) => rule.target.kind === 'category' && rule.target.category === service.category,
    );
    if (category) return category;
  }
  return rules.find((rule) => rule.target.kind === 'all');
}
