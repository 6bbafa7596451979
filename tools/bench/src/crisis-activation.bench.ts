// Issue 9, "Performance": dry run and apply of a crisis level for a municipality of 50 000
// clients, 2 000 groups and 300 services, through the composed API's use case on real
// PostgreSQL, against a hand-written SQL lower bound of the same writes measured in this run.
// Targets: dry run < 1 s, apply < 3 s on 2 cores, apply ≤ 3 × the bound.
import { NestFactory } from '@nestjs/core';
import { TenantScope } from '@lavterskel/kernel/nest';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import {
  ChangeCrisisLevel,
  CreatePlan,
  type ChangeCrisisLevelInput,
} from '@lavterskel/crisis-mode';
import { createTestDatabase } from '@lavterskel/dev-postgres';
import type { Actor, TenantId } from '@lavterskel/kernel';
// The bench measures the composed API itself (its AppModule, configuration and DataSource
// libraries), and Nx forbids importing an application project: the one place that rule yields.
/* eslint-disable @nx/enforce-module-boundaries */
import { AppModule } from '../../../apps/api/src/app.module';
import { loadApiConfig } from '../../../apps/api/src/config/api-config';
import { libraries } from '../../../apps/api/src/database/libraries';
/* eslint-enable @nx/enforce-module-boundaries */
import { benchPlan } from './crisis-activation/bench-plan';
import { MUNICIPALITY, seedMunicipality } from './crisis-activation/seed-municipality';
import { insertedRowCounts, timeSqlLowerBound } from './crisis-activation/sql-lower-bound';
import { statementProfile } from './crisis-activation/statement-profile';

const TENANT = '4003' as TenantId;
const SEED = process.env['BENCH_SEED'] ?? 'skien-2026';
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
// The report's quick mode runs this bench on a tiny municipality (BENCH_CRISIS_SIZE=clients,groups,staff).
const [CLIENTS, GROUPS, STAFF] = (process.env['BENCH_CRISIS_SIZE'] ?? '').split(',').map(Number);
const SIZE = CLIENTS
  ? {
      ...MUNICIPALITY,
      clients: CLIENTS,
      groups: GROUPS || MUNICIPALITY.groups,
      staff: STAFF || MUNICIPALITY.staff,
    }
  : MUNICIPALITY;
const coordinator: Actor = {
  subject: 'coordinator-kari',
  tenantId: TENANT,
  roles: ['crisis-coordinator'],
  teamIds: [],
};
const guideline = { text: 'Kommuneoverlegens tiltak', url: 'https://www.skien.kommune.no/korona' };

interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, runs: sorted.length };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

/** The server DATABASE_URL names, else an embedded one for this run (as the tests do). */
async function databaseServer(): Promise<{ stop: () => Promise<void> }> {
  if (process.env['DATABASE_URL']) return { stop: async () => undefined };
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { startEmbeddedPostgres } = await import('@lavterskel/dev-postgres/embedded');
  const { freePort } = await import('@lavterskel/dev-postgres');
  const running = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'lavterskel-bench-pg-')),
    port: await freePort(),
    persistent: false,
  });
  process.env['DATABASE_URL'] = running.url;
  return running;
}

async function main(): Promise<void> {
  const server = await databaseServer();
  const db = await createTestDatabase({
    entities: libraries.flatMap((library) => library.entities),
    migrations: libraries.flatMap((library) => library.migrations),
  });
  try {
    const seeded = await seedMunicipality(db.dataSource, {
      tenantId: TENANT,
      seed: SEED,
      size: SIZE,
    });
    console.log(`seeded ${db.name} in ${seeded.seconds.toFixed(1)} s (seed "${SEED}"):`);
    console.table(seeded.rows);

    const config = loadApiConfig({
      NODE_ENV: 'test',
      AUTH_JWT_SECRET: 'bench-secret-long-enough-for-hs256',
    });
    const app = await NestFactory.createApplicationContext(
      AppModule.forRoot({ config, databaseUrl: db.url }),
      { logger: ['error', 'warn'] },
    );
    try {
      // The API works as the non-owner role under row-level security: as the tenant's coordinator.
      await app
        .get(TenantScope)
        .run(TENANT, () =>
          run(app.get(DataSource), app.get(CreatePlan), app.get(ChangeCrisisLevel)),
        );
    } finally {
      await app.close();
    }
  } finally {
    await db.drop();
    await server.stop();
  }
}

async function run(
  dataSource: DataSource,
  createPlan: CreatePlan,
  changeLevel: ChangeCrisisLevel,
): Promise<void> {
  const critical = (await dataSource.query(
    `SELECT id, required_competencies[1] AS competency FROM services.service
     WHERE tenant_id = $1 AND critical ORDER BY id`,
    [TENANT],
  )) as { id: string; competency: string }[];
  const plan = await createPlan.execute({ actor: coordinator, content: benchPlan(critical) });
  const red: ChangeCrisisLevelInput = {
    actor: coordinator,
    level: 'red',
    planId: plan.id,
    reason: 'Smitteutbrudd i kommunen',
    guideline,
  };
  const normal: ChangeCrisisLevelInput = {
    ...red,
    level: 'normal',
    planId: undefined,
    reason: 'Utbruddet er over',
  };

  const dryRuns: number[] = [];
  for (let i = 0; i < RUNS + 1; i += 1) {
    dryRuns.push((await timed(() => changeLevel.dryRun(red))).ms);
    console.log(`dry run ${i + 1}: ${Math.round(dryRuns.at(-1) ?? 0)} ms`);
  }

  // Every apply of red starts from normal: the deactivation restores modes and cohorts exactly.
  const applies: number[] = [];
  const deactivations: number[] = [];
  let firstWrites: Record<string, number> = {};
  let report = await changeLevel.dryRun(red);
  let deactivation = report;
  for (let i = 0; i < RUNS; i += 1) {
    const before = await insertedRowCounts(dataSource, TENANT);
    const applied = await timed(() => changeLevel.execute(red));
    const after = await insertedRowCounts(dataSource, TENANT);
    if (i === 0) {
      firstWrites = Object.fromEntries(
        Object.keys(after).map((key) => [key, (after[key] ?? 0) - (before[key] ?? 0)]),
      );
      report = applied.result;
    }
    applies.push(applied.ms);
    const ended = await timed(() => changeLevel.execute(normal));
    deactivations.push(ended.ms);
    console.log(
      `apply red ${i + 1}: ${Math.round(applied.ms)} ms; apply normal: ${Math.round(ended.ms)} ms`,
    );
    deactivation = ended.result;
  }

  const counts = report.counts;
  const bounds: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    bounds.push(
      await timeSqlLowerBound(dataSource, TENANT, {
        switches: report.services.filter((service) => service.fromMode !== service.toMode),
        arrangements: firstWrites['arrangements'] ?? 0,
        cohortsInserted: firstWrites['cohorts'] ?? 0,
        cohortsUpdated: firstWrites['cohortsResized'] ?? 0,
        arrangedCohorts: firstWrites['arrangedCohorts'] ?? 0,
        arrangedMembers: firstWrites['arrangedMembers'] ?? 0,
        membersMoved: counts.membersMoved,
        membersUnplaced: counts.membersUnplaced,
        groupsUpdated: counts.groupsRearranged,
        tasks: firstWrites['tasks'] ?? 0,
        auditRows: firstWrites['auditRows'] ?? 0,
      }),
    );
  }

  const dry = stats(dryRuns.slice(1)); // the first dry run warms the caches and the JIT
  const apply = stats(applies);
  const deactivate = stats(deactivations);
  const bound = stats(bounds);
  console.log(
    `\n${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  );
  const row = (name: string, s: Stats, target: string) => ({
    case: name,
    runs: s.runs,
    'median ms': Math.round(s.median),
    'min ms': Math.round(s.min),
    'max ms': Math.round(s.max),
    target,
  });
  console.table([
    row('dry run normal → red', dry, '< 1000 ms'),
    row('apply normal → red', apply, '< 3000 ms'),
    row('apply red → normal', deactivate, '—'),
    row('SQL lower bound of apply red', bound, '—'),
  ]);
  console.log(
    `apply / SQL bound (medians): ${(apply.median / bound.median).toFixed(2)} (target ≤ 3)`,
  );
  // For the report (`npm run bench`), which runs this bench as a section of its own.
  const jsonOut = process.env['BENCH_JSON_OUT'];
  if (jsonOut) {
    const entry = (name: string, s: Stats) => ({
      case: name,
      medianMs: Math.round(s.median),
      minMs: Math.round(s.min),
      maxMs: Math.round(s.max),
      runs: s.runs,
    });
    writeFileSync(
      jsonOut,
      JSON.stringify({
        clients: SIZE.clients,
        groups: SIZE.groups,
        cases: [
          entry('dry run normal → red', dry),
          entry('apply normal → red', apply),
          entry('apply red → normal', deactivate),
          entry('SQL lower bound of apply red', bound),
        ],
        applyOverBound: Math.round((apply.median / bound.median) * 100) / 100,
      }),
    );
  }
  console.log('\nrows each effect touched (apply red; deactivation):');
  console.table({
    ...Object.fromEntries(
      Object.entries(counts).map(([key, value]) => [
        key,
        { red: value, normal: deactivation.counts[key as keyof typeof counts] },
      ]),
    ),
    clientsAffected: { red: report.clientsAffected, normal: deactivation.clientsAffected },
  });
  console.log('rows inserted by the first apply of red:');
  console.table(firstWrites);

  if (process.env['BENCH_PROFILE'] !== '0') {
    const profile = statementProfile(dataSource);
    for (const [name, input] of [
      ['apply normal → red', red],
      ['apply red → normal', normal],
    ] as const) {
      const { wallMs, buckets } = await profile.record(() => changeLevel.execute(input));
      const dbMs = buckets.reduce((sum, [, bucket]) => sum + bucket.ms, 0);
      const statements = buckets.reduce((sum, [, bucket]) => sum + bucket.statements, 0);
      console.log(
        `\nprofile of ${name}: ${Math.round(wallMs)} ms wall, ${statements} statements, ${Math.round(dbMs)} ms waiting on PostgreSQL, ${Math.round(wallMs - dbMs)} ms in Node`,
      );
      console.table(
        buckets.slice(0, 14).map(([kind, bucket]) => ({
          statement: kind,
          count: bucket.statements,
          rows: bucket.rows,
          ms: Math.round(bucket.ms),
        })),
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
