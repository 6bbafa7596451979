import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BenchPlan } from './plan';
import type { CrisisResult } from './results';

const BENCH = join(__dirname, '../crisis-activation.bench.ts');
const REGISTER = join(__dirname, '../../../scripts/register.js');

/** Runs the crisis-activation bench (issue 9) as its own process, on this run's database server. */
export async function measureCrisis(size: BenchPlan['crisis']): Promise<CrisisResult> {
  const out = join(tmpdir(), `lavterskel-bench-crisis-${process.pid}.json`);
  try {
    await promisify(execFile)(
      process.execPath,
      ['-C', '@lavterskel/source', '-r', REGISTER, BENCH],
      {
        env: {
          ...process.env,
          BENCH_RUNS: String(size.runs),
          BENCH_PROFILE: '0',
          BENCH_CRISIS_SIZE: `${size.clients},${size.groups},${size.staff}`,
          BENCH_JSON_OUT: out,
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return JSON.parse(await readFile(out, 'utf8')) as CrisisResult;
  } finally {
    await rm(out, { force: true });
  }
}
