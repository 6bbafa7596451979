import type { Measurement } from '../load/measurement';
import type { BenchResults, ScenarioResult } from './results';
import { at, growthRatio, TARGET_CONNECTIONS, targetChecks } from './targets';

const n = (value: number | undefined, digits = 0): string =>
  value === undefined
    ? '—'
    : value.toLocaleString('en-US', {
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      });
const ratio = (a: number | undefined, b: number | undefined): string =>
  a && b ? (a / b).toFixed(2) : '—';
/** Fewer answers than 3 per connection: requests slower than the window were not counted. */
const thin = (m: Measurement | undefined): string =>
  m && m.requests < 3 * m.connections ? ' †' : '';
/** A long statement or plan line, cut (an IN list of 2 000 ids says nothing more than of 20). */
const cut = (text: string, max: number): string =>
  text
    .split('\n')
    .map((line) =>
      line.length > max ? `${line.slice(0, max)} … (${line.length} characters)` : line,
    )
    .join('\n');

/** A latency, or — when nothing was answered within the window. */
const ms = (m: Measurement | undefined, key: 'p50Ms' | 'p99Ms'): string =>
  m && m.requests > 0 ? n(m[key], 1) : '—';
const bad = (m: Measurement | undefined): string =>
  m ? `${m.errors} / ${m.non2xx} / ${m.failedChecks}` : '—';

/** The report: what was run, the main table, every measurement, growth with EXPLAIN, crisis, targets. */
export function renderMarkdown(
  results: BenchResults,
  charts: { throughput: string; growth: string },
): string {
  const { plan, machine } = results;
  const ceiling = results.scenarios.find((result) => result.id === 'ceiling');
  const ceilingRate = ceiling ? at(ceiling, 'api')?.perSecond : undefined;
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);

  push(
    `# Benchmark report ${results.date}${plan.quick ? ' (quick mode: tiny sizes, not for quoting)' : ''}`,
    '',
    `Made by \`npm run bench${plan.quick ? ' -- --quick' : ''}\` (tools/bench, ${results.seconds} s). ${machine.cpus} × ${machine.cpu}, Node ${machine.node}, PostgreSQL ${machine.postgres} (${machine.database}); load average at the end ${machine.loadAverage.map((l) => l.toFixed(1)).join(' ')}.`,
    '',
    ...(results.remarks ?? []).map((remark) => `> **Remark.** ${remark}\n`),
    'How it was measured:',
    '',
    `- Each size is a fresh database filled by the municipality generator (\`tools/seed\`: ${plan.contactsPerClient} contacts per client, 1 staff per 50 clients, 1 group per 20); the API runs as its own process (\`apps/api/src/main.ts\`, as \`npm start\`), as the runtime role \`lavterskel_app\` under row-level security, with development tokens (\`npm run token\`'s signer). The search rate limit is raised (it is still counted in PostgreSQL on every search); nothing else is changed.`,
    `- Load: autocannon, keep-alive connections, 1 request in flight each, ${plan.warmupSeconds} s warm-up then ${plan.seconds} s per measurement. **Every** answer's status and body are checked against the request that asked it (columns "checked" and "bad"). Writes never conflict: a new Idempotency-Key each time, unique national ids, one dispensing per prescription and day on prescriptions the bench makes.`,
    `- Minimal SQL: the same work written by hand with \`pg\` (named prepared statements), as \`lavterskel_app\` with \`app.tenant\` set, at the same concurrency on a pool of ${plan.poolSize} (the API's pool); the statements are listed per scenario below.`,
    '- Framework ceiling: `GET /v1/consents/vocabulary`, which needs a token and policy but answers from memory (0 statements in the trace).',
    `- Statements per request: a second API process with a timer around pg's \`Client#query\`, ${plan.tracedRequests} requests per scenario one at a time (not measured for speed).`,
    '',
    `## Main table (${TARGET_CONNECTIONS} connections, ${plan.mainSize.toLocaleString('en-US')} clients)`,
    '',
    '| scenario | API req/s | p50 ms | p99 ms | minimal SQL req/s | API ÷ SQL | API ÷ ceiling | statements / request | errors / non-2xx / bad | checked |',
    '|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const result of results.scenarios) {
    const api = at(result, 'api');
    const sql = at(result, 'sql');
    push(
      `| ${result.title} | ${n(api?.perSecond)}${thin(api)} | ${ms(api, 'p50Ms')} | ${ms(api, 'p99Ms')} | ${n(sql?.perSecond)} | ${ratio(api?.perSecond, sql?.perSecond)} | ${result.id === 'ceiling' ? '1.00' : ratio(api?.perSecond, ceilingRate)} | ${n(result.trace?.statementsPerRequest, 1)} | ${bad(api)} | ${api ? `${Math.round(api.checkedShare * 100)} %` : '—'} |`,
    );
  }
  push(
    '',
    `† fewer than 3 answers per connection in the ${plan.seconds} s window: requests slower than the window were not counted, so the figure is an underestimate (a busy machine, or a route that slow).`,
    '',
    `![requests per second](${charts.throughput})`,
    '',
    '## Every measurement',
    '',
  );
  push(
    '| scenario | connections | API req/s | API p50 / p99 ms | SQL req/s | SQL p50 / p99 ms | API ÷ SQL | requests | errors / non-2xx / bad | load average |',
    '|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const result of results.scenarios) {
    for (const api of result.api) {
      const sql = at(result, 'sql', api.connections);
      push(
        `| ${result.title} | ${api.connections} | ${n(api.perSecond)}${thin(api)} | ${ms(api, 'p50Ms')} / ${ms(api, 'p99Ms')} | ${n(sql?.perSecond)} | ${sql ? `${ms(sql, 'p50Ms')} / ${ms(sql, 'p99Ms')}${thin(sql)}` : '—'} | ${ratio(api.perSecond, sql?.perSecond)} | ${n(api.requests)} | ${bad(api)} | ${n(api.loadAverage, 1)} |`,
      );
    }
  }
  push('', '### What each scenario sends, and its minimal SQL', '');
  for (const result of results.scenarios) push(describe(result));

  push('', `## Growth (${plan.growthConnections} connections)`, '');
  const sizes = results.growth[0]?.points.map((point) => point.clients) ?? [];
  push(
    `| route | ${sizes.map((s) => `p50 ms at ${s.toLocaleString('en-US')}`).join(' | ')} | p50 largest ÷ smallest | ${sizes.map((s) => `req/s at ${s.toLocaleString('en-US')}`).join(' | ')} | load average |`,
    `|---|${sizes.map(() => '---|').join('')}---|${sizes.map(() => '---|').join('')}---|`,
  );
  for (const growth of results.growth) {
    const p50s = growth.points.map((point) =>
      point.api.requests > 0 ? point.api.p50Ms : undefined,
    );
    push(
      `| ${growth.title} | ${p50s.map((p) => n(p, 1)).join(' | ')} | ${n(growthRatio(p50s), 2)} | ${growth.points.map((point) => n(point.api.perSecond)).join(' | ')} | ${growth.points.map((point) => n(point.api.loadAverage, 1)).join(' / ')} |`,
    );
  }
  push('', `![p50 against size](${charts.growth})`, '');
  for (const growth of results.growth) {
    const largest = growth.points.at(-1);
    if (!largest?.slowest) continue;
    push(
      `### ${growth.title}: slowest statement at ${largest.clients.toLocaleString('en-US')} clients (${n(largest.slowest.meanMs, 2)} ms mean as the API timed it, ${n(largest.trace?.statementsPerRequest, 1)} statements per request)`,
      '',
      '```sql',
      cut(largest.slowest.text.trim(), 1200),
      '```',
      '',
      '```',
      cut(largest.explain ?? '(no plan)', 300),
      '```',
      '',
    );
  }

  if (results.crisis) {
    push(
      `## Crisis activation (${results.crisis.clients.toLocaleString('en-US')} clients, ${results.crisis.groups.toLocaleString('en-US')} groups)`,
      '',
      'The crisis-activation bench (`npm run bench -- crisis`, tools/bench/README.md), through the use case in the composed API, against its hand-written SQL lower bound.',
      '',
      '| case | median ms | min–max ms | runs |',
      '|---|---|---|---|',
    );
    for (const entry of results.crisis.cases)
      push(
        `| ${entry.case} | ${n(entry.medianMs)} | ${n(entry.minMs)}–${n(entry.maxMs)} | ${entry.runs} |`,
      );
    push('', `Apply ÷ SQL bound (medians): ${results.crisis.applyOverBound} (target ≤ 3).`, '');
  }

  if (results.problems.length > 0) {
    push(
      '## Problems in this run',
      '',
      ...results.problems.map((p) => `- ${p.replace(/\s+/g, ' ')}`),
      '',
    );
  }
  push('## Targets (issue 12)', '', '| what | target | measured | met |', '|---|---|---|---|');
  for (const check of targetChecks(results))
    push(
      `| ${check.what} | ${check.target} | ${check.measured} | ${check.met ? 'yes' : '**no**'} |`,
    );
  push('', '## Seeded sizes', '', '| clients | staff | seconds | rows |', '|---|---|---|---|');
  for (const seed of results.seeds) {
    const total = Object.values(seed.rows).reduce((sum, rows) => sum + rows, 0);
    push(
      `| ${seed.clients.toLocaleString('en-US')} | ${seed.staff} | ${seed.seconds} | ${total.toLocaleString('en-US')} |`,
    );
  }
  push('');
  return lines.join('\n');
}

function describe(result: ScenarioResult): string {
  const parts = [`- **${result.title}**`];
  if (result.note) parts.push(`: ${result.note}`);
  parts.push(
    result.sqlWork ? `. Minimal SQL: ${result.sqlWork}.` : '. No database work, so no minimal SQL.',
  );
  return parts.join('');
}
