import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { growthChart } from '../charts/growth-chart';
import { throughputChart } from '../charts/throughput-chart';
import { renderMarkdown } from './markdown';
import type { BenchResults } from './results';
import { at } from './targets';

/** Writes `<date>[-quick].md`, `.json`, and the two charts into `dir`; returns the paths written. */
export async function writeReport(results: BenchResults, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const base = `${results.date}${results.plan.quick ? '-quick' : ''}`;
  const charts = { throughput: `${base}-throughput.svg`, growth: `${base}-growth.svg` };
  const files: [string, string][] = [
    [`${base}.json`, `${JSON.stringify(results, withoutParameters, 2)}\n`],
    [charts.throughput, throughput(results)],
    [charts.growth, growth(results)],
    [`${base}.md`, renderMarkdown(results, charts)],
  ];
  for (const [name, content] of files) await writeFile(join(dir, name), content);
  return files.map(([name]) => relative(process.cwd(), join(dir, name)));
}

/** The traced statements' parameters were for EXPLAIN; the JSON keeps the statements only. */
function withoutParameters(key: string, value: unknown): unknown {
  return key === 'values' || key === 'slowestValues' ? undefined : value;
}

function throughput(results: BenchResults): string {
  const connections = results.plan.connections.includes(10)
    ? 10
    : (results.plan.connections[0] ?? 10);
  return throughputChart(
    `Requests per second at ${connections} connections (${results.date})`,
    ['API', 'minimal SQL (pg)'],
    results.scenarios.map((result) => ({
      label: result.title,
      values: [
        at(result, 'api', connections)?.perSecond,
        at(result, 'sql', connections)?.perSecond,
      ],
    })),
  );
}

function growth(results: BenchResults): string {
  return growthChart(
    `p50 at ${results.plan.growthConnections} connections against size (${results.date})`,
    results.growth.map((line) => ({
      name: line.title,
      points: line.points
        .filter((point) => point.api.requests > 0)
        .map((point) => ({ clients: point.clients, value: point.api.p50Ms })),
    })),
  );
}
