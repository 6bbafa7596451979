import { isUuid, notFound, type TenantId } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { CrisisModeError, CrisisModeErrorCode } from '../crisis-mode-error';
import { NORMAL_LEVEL, levelOf, type CrisisLevel } from '../plan/crisis-plan';
import { CODE } from '../shared/vocabulary';
import { assertValid, violation } from '../shared/violations';

/** Which level a report (priority list, staffing) is computed for. */
export interface ReportBasis {
  /** `normal` when no crisis is in force and none is previewed. */
  readonly level: string;
  readonly planId: string | null;
  readonly planVersion: number | null;
  /** True when the caller named a level to prepare for, rather than the level in force. */
  readonly preview: boolean;
  /** The level's rules; `null` at `normal`, where each report's defaults apply. */
  readonly rules: CrisisLevel | null;
}

/** `?planId=&level=`: a level of a plan to preview before it is activated. */
export interface ReportLevelQuery {
  /** Left out with `level`: the plan in force (the version it was activated with). */
  readonly planId?: string;
  readonly level?: string;
}

const NO_CRISIS: ReportBasis = {
  level: NORMAL_LEVEL,
  planId: null,
  planVersion: null,
  preview: false,
  rules: null,
};

/**
 * The level in force, or the previewed one. A preview takes the newest version of the plan
 * named (or the version in force when no plan is named); `normal` has no rules.
 */
export async function reportBasis(
  ports: Pick<CrisisModePorts, 'state' | 'plans'>,
  tenantId: TenantId,
  query: ReportLevelQuery,
): Promise<ReportBasis> {
  const { planId, level } = query;
  assertValid([
    planId !== undefined && !isUuid(planId) && violation('planId', 'uuid', 'must be a plan id'),
    level !== undefined &&
      !CODE.test(level) &&
      violation('level', 'code', 'must be a level code, e.g. red'),
    planId !== undefined &&
      level === undefined &&
      violation('level', 'required', 'name the level of the plan to preview'),
  ]);
  const state = await ports.state.find(tenantId);
  if (level === undefined) {
    if (!state || state.planId === null || state.planVersion === null) return NO_CRISIS;
    const plan = await ports.plans.find(tenantId, state.planId, state.planVersion);
    const rules = plan ? levelOf(plan, state.level) : undefined;
    if (!plan || !rules) return NO_CRISIS;
    return basisOf({ plan, rules, preview: false });
  }
  const previewed = planId ?? state?.planId ?? undefined;
  if (previewed === undefined) {
    assertValid([
      violation('planId', 'required', 'no crisis plan is in force: name the plan to preview'),
    ]);
  }
  const plan = await ports.plans.find(
    tenantId,
    previewed as string,
    planId === undefined ? (state?.planVersion ?? undefined) : undefined,
  );
  if (!plan) throw notFound('crisis plan');
  const rules = levelOf(plan, level);
  if (!rules) {
    throw new CrisisModeError(
      CrisisModeErrorCode.UnknownLevel,
      `The plan has no level "${level}".`,
      [
        violation(
          'level',
          'plan-level',
          `must be one of ${plan.levels.map((l) => l.code).join(', ')}`,
        ),
      ],
    );
  }
  return basisOf({ plan, rules, preview: true });
}

function basisOf(input: {
  plan: { id: string; version: number };
  rules: CrisisLevel;
  preview: boolean;
}): ReportBasis {
  const { plan, rules, preview } = input;
  return {
    level: rules.code,
    planId: plan.id,
    planVersion: plan.version,
    preview,
    rules: rules.code === NORMAL_LEVEL ? null : rules,
  };
}
