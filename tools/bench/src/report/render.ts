// `npm run bench -- --render bench/results/<date>.json [--remark "…"]`: writes the Markdown and the charts again
// from a run's JSON (after a change to the report's layout), without measuring anything.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { BenchResults } from './results';
import { writeReport } from './write-report';

const file = process.argv[process.argv.indexOf('--render') + 1];
if (!file) {
  console.error('usage: npm run bench -- --render bench/results/<date>.json');
  process.exit(2);
}
const results = JSON.parse(readFileSync(resolve(file), 'utf8')) as BenchResults;
results.problems ??= [];
// `--remark "…"` adds what the numbers cannot say (e.g. what else loaded the machine).
const remark = process.argv.includes('--remark')
  ? process.argv[process.argv.indexOf('--remark') + 1]
  : undefined;
if (remark) results.remarks = [...(results.remarks ?? []), remark];
writeReport(results, dirname(resolve(file))).then(
  (written) => console.log(`rewrote ${written.join(', ')}`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
