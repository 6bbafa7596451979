// Boots each README example marked `<!-- consumer-test: boot -->` in the throwaway project, each
// on a scratch database of its own, and checks it over HTTP. Run by ../run.sh after tsc.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';

interface Example {
  name: string;
  mode: 'boot' | 'typecheck';
  readme: string;
}

interface Http {
  call(method: string, path: string, options?: { body?: unknown; user?: object }): Promise<Answer>;
}

interface Answer {
  status: number;
  type: string;
  body: { errors?: { field: string; rule: string }[]; code?: string; id?: string };
}

const STAFF = { id: 'nurse-anne', municipalityNumber: '4003', roles: ['staff'], teamIds: [] };
const PRIVACY_OFFICER = { ...STAFF, id: 'officer-kari', roles: ['privacy-officer'] };

/** What each booted example must answer, and the table its library's migration creates. */
const scenarios: Record<string, { table: string; run(http: Http): Promise<string[]> }> = {
  root: {
    table: 'clients.client',
    async run(http) {
      const created = await http.call('POST', '/v1/clients', {
        user: STAFF,
        body: { alias: 'Fjellreven', birthYear: 1988 },
      });
      expect(created, 201, 'POST /v1/clients');
      const read = await http.call('GET', `/v1/clients/${created.body.id}`, { user: STAFF });
      expect(read, 200, 'GET /v1/clients/{id} of the registered client');
      const invalid = await http.call('POST', '/v1/clients', {
        user: STAFF,
        body: { alias: 'Fjellreven', birthYear: 'nineteen', nickname: 'x' },
      });
      expectProblem(invalid, 400, ['birthYear', 'nickname'], 'POST /v1/clients with bad input');
      const malformed = await http.call('GET', '/v1/clients/not-a-uuid', { user: STAFF });
      expectProblem(malformed, 400, ['clientId'], 'GET /v1/clients/not-a-uuid');
      const anonymous = await http.call('GET', `/v1/clients/${created.body.id}`);
      expectProblem(anonymous, 401, [], 'GET without an actor');
      const wrongRole = await http.call('POST', '/v1/clients', {
        user: PRIVACY_OFFICER,
        body: { alias: 'Ekorn' },
      });
      expectProblem(wrongRole, 403, [], 'POST /v1/clients as privacy-officer');
      return [
        'POST /v1/clients 201',
        'GET /v1/clients/{id} 200',
        `bad body 400 problem+json (${fields(invalid)})`,
        `malformed UUID ${malformed.status} (${fields(malformed)})`,
        'no actor 401',
        'wrong role 403',
      ];
    },
  },
  consent: {
    table: 'consent.consent',
    async run(http) {
      const clientId = randomUUID();
      const terms = {
        clientId,
        categories: ['contact-details'],
        purposes: ['treatment-coordination'],
        recipients: [{ type: 'organisation', organisationNumber: '889640782', name: 'NAV Skien' }],
        validFrom: '2026-11-01T00:00:00+01:00',
        validTo: '2027-11-01T00:00:00+01:00',
        method: 'written',
      };
      const created = await http.call('POST', '/v1/consents', { user: STAFF, body: terms });
      expect(created, 201, 'POST /v1/consents');
      const read = await http.call('GET', `/v1/consents/${created.body.id}`, { user: STAFF });
      expect(read, 200, 'GET /v1/consents/{id} of the recorded consent');
      const invalid = await http.call('POST', '/v1/consents', {
        user: STAFF,
        body: { ...terms, method: 'telepathy', colour: 'blue' },
      });
      expectProblem(invalid, 400, ['method', 'colour'], 'POST /v1/consents with bad input');
      const rule = await http.call('POST', '/v1/consents', {
        user: STAFF,
        body: { ...terms, validTo: '2026-01-01T00:00:00+01:00' },
      });
      expectProblem(rule, 400, ['validTo'], 'POST /v1/consents ending before it begins');
      const malformed = await http.call('GET', '/v1/consents/not-a-uuid', { user: STAFF });
      expectProblem(malformed, 400, ['id'], 'GET /v1/consents/not-a-uuid');
      const anonymous = await http.call('GET', `/v1/consents/${created.body.id}`);
      expectProblem(anonymous, 401, [], 'GET without an actor');
      return [
        'POST /v1/consents 201',
        'GET /v1/consents/{id} 200',
        `bad body 400 problem+json (${fields(invalid)})`,
        `domain rule 400 (${fields(rule)})`,
        `malformed UUID ${malformed.status} (${fields(malformed)})`,
        'no actor 401',
      ];
    },
  },
};

function fields(answer: Answer): string {
  return (answer.body.errors ?? []).map((error) => `${error.field}/${error.rule}`).join(', ');
}

function expect(answer: Answer, status: number, what: string): void {
  if (answer.status !== status) {
    throw new Error(
      `${what}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`,
    );
  }
}

function expectProblem(answer: Answer, status: number, named: string[], what: string): void {
  expect(answer, status, what);
  if (!answer.type.startsWith('application/problem+json')) {
    throw new Error(`${what}: expected application/problem+json, got ${answer.type}`);
  }
  const missing = named.filter((field) => !answer.body.errors?.some((e) => e.field === field));
  if (missing.length > 0) {
    throw new Error(
      `${what}: errors[] does not name ${missing.join(', ')}: ${JSON.stringify(answer.body)}`,
    );
  }
}

function httpOn(base: string): Http {
  return {
    async call(method, path, { body, user } = {}) {
      const response = await fetch(base + path, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(user ? { 'x-test-user': JSON.stringify(user) } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const type = response.headers.get('content-type') ?? '';
      const text = await response.text();
      return { status: response.status, type, body: text ? JSON.parse(text) : {} };
    },
  };
}

/** Runs `work` on a new database of the server of `adminUrl`, dropped afterwards. */
async function withScratchDatabase<T>(
  adminUrl: string,
  name: string,
  work: (url: string) => Promise<T>,
): Promise<T> {
  const admin = await sql(adminUrl);
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      return await work(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } finally {
    await admin.destroy();
  }
}

function sql(url: string): Promise<DataSource> {
  return new DataSource({ type: 'postgres', url }).initialize();
}

async function tableExists(url: string, table: string): Promise<boolean> {
  const db = await sql(url);
  try {
    const [row] = await db.query('SELECT to_regclass($1) IS NOT NULL AS present', [table]);
    return row.present === true;
  } finally {
    await db.destroy();
  }
}

async function boot(example: Example, adminUrl: string): Promise<string> {
  const scenario = scenarios[example.name];
  if (!scenario)
    throw new Error(
      `${example.readme} marks an example to boot, but check.ts has no checks for "${example.name}"`,
    );
  const database = `lavterskel_consumer_${process.pid}_${example.name.replace(/\W/g, '_')}`;
  return withScratchDatabase(adminUrl, database, async (url) => {
    process.env.DATABASE_URL = url; // the examples read it, as a host application would
    const { AppModule } = (await import(`./examples/${example.name}`)) as { AppModule: Type };
    const started = Date.now();
    const app: INestApplication = await NestFactory.create(AppModule, {
      logger: ['error', 'warn'],
    });
    await app.listen(0, '127.0.0.1');
    const bootMs = Date.now() - started;
    try {
      const results = await scenario.run(httpOn(await app.getUrl()));
      if (!(await tableExists(url, scenario.table)))
        throw new Error(`${example.readme}: migration did not create ${scenario.table}`);
      return `${example.readme}: booted in ${bootMs} ms; ${results.join('; ')}; migration applied (${scenario.table} exists)`;
    } finally {
      await app.close();
    }
  });
}

async function main(): Promise<void> {
  const adminUrl = process.env.CONSUMER_TEST_DATABASE_URL;
  const manifest = process.argv[2];
  if (!adminUrl || !manifest) {
    throw new Error(
      'usage: CONSUMER_TEST_DATABASE_URL=… node dist/check.js src/examples/manifest.json',
    );
  }
  const examples = JSON.parse(readFileSync(manifest, 'utf8')) as Example[];
  for (const example of examples.filter((e) => e.mode === 'boot')) {
    console.log(`  boot ${await boot(example, adminUrl)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
