import type { BenchResults, ScenarioResult } from './results';

/** Issue 12's targets at 10 connections, req/s; unnamed scenarios need 1 000. */
const THROUGHPUT_TARGETS: Record<string, number> = { read: 1500, search: 1200, register: 2000 };
const NO_TARGET = new Set(['health', 'ceiling']);
export const TARGET_CONNECTIONS = 10;

export const at = (result: ScenarioResult, side: 'api' | 'sql', connections = TARGET_CONNECTIONS) =>
  result[side].find((measurement) => measurement.connections === connections);

export interface TargetCheck {
  what: string;
  target: string;
  measured: string;
  met: boolean;
}

export function targetChecks(results: BenchResults): TargetCheck[] {
  const ceiling = results.scenarios.find((result) => result.id === 'ceiling');
  const ceilingRate = ceiling ? at(ceiling, 'api')?.perSecond : undefined;
  const checks: TargetCheck[] = [];
  for (const result of results.scenarios.filter((r) => !NO_TARGET.has(r.id))) {
    const api = at(result, 'api');
    const sql = at(result, 'sql');
    if (!api) continue;
    const target = THROUGHPUT_TARGETS[result.id] ?? 1000;
    checks.push({
      what: `${result.title}: req/s`,
      target: `≥ ${target}`,
      measured: String(api.perSecond),
      met: api.perSecond >= target,
    });
    if (sql) {
      const ratio = api.perSecond / sql.perSecond;
      checks.push({
        what: `${result.title}: API ÷ minimal SQL`,
        target: '≥ 0.5',
        measured: ratio.toFixed(2),
        met: ratio >= 0.5,
      });
    }
    if (ceilingRate) {
      const ratio = api.perSecond / ceilingRate;
      checks.push({
        what: `${result.title}: API ÷ framework ceiling`,
        target: '≥ 0.5',
        measured: ratio.toFixed(2),
        met: ratio >= 0.5,
      });
    }
  }
  for (const growth of results.growth) {
    const p50s = growth.points.map((point) =>
      point.api.requests > 0 ? point.api.p50Ms : undefined,
    );
    if (growth.points.length >= 2 && p50s.at(-1) === undefined) {
      const window = results.plan.seconds * 1000;
      checks.push({
        what: `${growth.title}: p50 largest ÷ smallest`,
        target: '≤ 1.3',
        measured: `no answer within ${window} ms at the largest size`,
        met: false,
      });
      continue;
    }
    const ratio = growthRatio(p50s);
    if (ratio === undefined) continue;
    checks.push({
      what: `${growth.title}: p50 largest ÷ smallest`,
      target: '≤ 1.3',
      measured: ratio.toFixed(2),
      met: ratio <= 1.3,
    });
  }
  return checks;
}

export function growthRatio(p50s: readonly (number | undefined)[]): number | undefined {
  const first = p50s[0];
  const last = p50s.at(-1);
  if (p50s.length < 2 || !first || last === undefined) return undefined;
  return last / first;
}
