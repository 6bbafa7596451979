import { ServicesError, ServicesErrorCode } from '../services-error';
import type { ServiceActivityRequest, ServicesCrisisRules } from './services-crisis-rules';

/**
 * Refuses the activity (`services.refused-by-crisis-policy`, 409) when the crisis rules in
 * force forbid it; the problem names the rule and the level. Call it before writing anything.
 */
export async function assertAllowedByCrisisRules(
  rules: ServicesCrisisRules,
  request: ServiceActivityRequest,
): Promise<void> {
  const verdict = await rules.check(request);
  if (verdict.allowed) return;
  throw new ServicesError(
    ServicesErrorCode.RefusedByCrisisPolicy,
    `Refused by the crisis rule ${verdict.rule} at level ${verdict.level}: ${verdict.message}`,
    [],
    { rule: verdict.rule, level: verdict.level, planVersion: verdict.planVersion },
  );
}
