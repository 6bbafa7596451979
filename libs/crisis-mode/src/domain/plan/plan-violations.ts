import { isUuid, type FieldViolation } from '@lavterskel/kernel';
import {
  CODE,
  CONTACT_CHANNELS,
  DISPENSING_CHANNELS,
  SERVICE_CATEGORIES,
  SERVICE_MODES,
  VULNERABILITY_FLAGS,
} from '../shared/vocabulary';
import { kept, limit, notBlank, oneOf, violation, type Check } from '../shared/violations';
import {
  NORMAL_LEVEL,
  type CrisisLevel,
  type CrisisPlanContent,
  type EligibilityRule,
  type RuleTarget,
  type ServiceRule,
} from './crisis-plan';

export const MAX_LEVELS = 10;
export const MAX_RULES_PER_LEVEL = 500;

/**
 * Every rule a crisis plan breaks, each naming its path (`levels[2].rules[0].maxGroupSize`),
 * so a coordinator can find the bad rule. The HTTP layer has checked the shape; this checks
 * the meaning.
 */
export function planViolations(plan: CrisisPlanContent): FieldViolation[] {
  const codes = plan.levels.map((level) => level.code);
  return kept([
    notBlank(plan.name, 'name'),
    plan.levels.length === 0 &&
      violation('levels', 'min-items', 'must hold at least the normal level'),
    plan.levels.length > MAX_LEVELS &&
      violation('levels', 'max-items', `must hold at most ${MAX_LEVELS} levels`),
    plan.levels.length > 0 &&
      plan.levels[0].code !== NORMAL_LEVEL &&
      violation(
        'levels[0].code',
        'normal-first',
        `must be "${NORMAL_LEVEL}": the level without a crisis`,
      ),
    ...codes.map(
      (code, i) =>
        codes.indexOf(code) !== i &&
        violation(`levels[${i}].code`, 'unique', `repeats the level "${code}"`),
    ),
    ...plan.levels.flatMap((level, i) => levelViolations(level, `levels[${i}]`)),
  ]);
}

function levelViolations(level: CrisisLevel, path: string): Check[] {
  const normal = level.code === NORMAL_LEVEL;
  return [
    !CODE.test(level.code) &&
      violation(`${path}.code`, 'code', 'must be lower-case words joined by hyphens, e.g. red'),
    notBlank(level.name, `${path}.name`),
    normal &&
      (level.rules.length > 0 || level.staffing.length > 0 || level.priorityFlags.length > 0) &&
      violation(
        path,
        'normal-has-no-rules',
        'the normal level is the state without a crisis and holds no rules',
      ),
    level.rules.length > MAX_RULES_PER_LEVEL &&
      violation(`${path}.rules`, 'max-items', `must hold at most ${MAX_RULES_PER_LEVEL} rules`),
    ...duplicateTargets(level.rules, `${path}.rules`),
    ...level.rules.flatMap((rule, i) => ruleViolations(rule, `${path}.rules[${i}]`)),
    ...level.priorityFlags.map((flag, i) =>
      oneOf(flag, VULNERABILITY_FLAGS, `${path}.priorityFlags[${i}]`),
    ),
    ...level.staffing.flatMap((minimum, i) => [
      !isUuid(minimum.serviceId) &&
        violation(`${path}.staffing[${i}].serviceId`, 'uuid', 'must be a service id'),
      !CODE.test(minimum.competency) &&
        violation(
          `${path}.staffing[${i}].competency`,
          'code',
          'must be a competency code, e.g. lar-dispensing',
        ),
      limit(minimum.minimum, `${path}.staffing[${i}].minimum`),
    ]),
  ];
}

function targetKey(target: RuleTarget): string {
  switch (target.kind) {
    case 'service':
      return `service:${target.serviceId.toLowerCase()}`;
    case 'category':
      return `category:${target.category}`;
    case 'all':
      return 'all';
  }
}

function duplicateTargets(rules: readonly ServiceRule[], path: string): Check[] {
  const keys = rules.map((rule) => (rule.target ? targetKey(rule.target) : ''));
  return keys.map(
    (key, i) =>
      key !== '' &&
      keys.indexOf(key) !== i &&
      violation(`${path}[${i}].target`, 'unique', 'another rule of this level has the same target'),
  );
}

function ruleViolations(rule: ServiceRule, path: string): Check[] {
  return [
    ...targetViolations(rule.target, `${path}.target`),
    oneOf(rule.mode, SERVICE_MODES, `${path}.mode`),
    limit(rule.maxGroupSize, `${path}.maxGroupSize`),
    limit(rule.batchesPerDay, `${path}.batchesPerDay`),
    limit(rule.maxPersonsInPremises, `${path}.maxPersonsInPremises`),
    ...(rule.allowedChannels ?? []).map((channel, i) =>
      oneOf(channel, CONTACT_CHANNELS, `${path}.allowedChannels[${i}]`),
    ),
    ...(rule.dispensingChannels ?? []).map((channel, i) =>
      oneOf(channel, DISPENSING_CHANNELS, `${path}.dispensingChannels[${i}]`),
    ),
    rule.allowedChannels !== null &&
      rule.allowedChannels.length === 0 &&
      violation(
        `${path}.allowedChannels`,
        'min-items',
        'must allow at least one channel, or be null for every channel',
      ),
    rule.mode === 'closed' &&
      rule.maxGroupSize !== null &&
      violation(
        `${path}.maxGroupSize`,
        'closed-service',
        'a closed service has no groups; leave it null',
      ),
    ...rule.eligibility.flatMap((eligibility, i) =>
      eligibilityViolations(eligibility, `${path}.eligibility[${i}]`),
    ),
  ];
}

function targetViolations(target: RuleTarget | undefined, path: string): Check[] {
  if (!target) return [violation(path, 'required', 'must name a service, a category or all')];
  switch (target.kind) {
    case 'service':
      return [
        !isUuid(target.serviceId) && violation(`${path}.serviceId`, 'uuid', 'must be a service id'),
      ];
    case 'category':
      return [oneOf(target.category, SERVICE_CATEGORIES, `${path}.category`)];
    case 'all':
      return [];
    default:
      return [
        oneOf((target as { kind: unknown }).kind, ['service', 'category', 'all'], `${path}.kind`),
      ];
  }
}

function eligibilityViolations(rule: EligibilityRule, path: string): Check[] {
  switch (rule.kind) {
    case 'health-measure-requesters':
      return [
        !CODE.test(rule.measure) &&
          violation(`${path}.measure`, 'code', 'must be a health measure code, e.g. urine-test'),
        rule.requesters.length === 0 &&
          violation(`${path}.requesters`, 'min-items', 'must name at least one requester'),
        ...rule.requesters.map(
          (requester, i) =>
            !CODE.test(requester) &&
            violation(
              `${path}.requesters[${i}]`,
              'code',
              'must be a requester code, e.g. child-welfare',
            ),
        ),
      ];
    case 'group-residents-only':
      return [
        !isUuid(rule.residenceServiceId) &&
          violation(`${path}.residenceServiceId`, 'uuid', 'must be the id of a housing service'),
      ];
    default:
      return [
        oneOf(
          (rule as { kind: unknown }).kind,
          ['health-measure-requesters', 'group-residents-only'],
          `${path}.kind`,
        ),
      ];
  }
}
