import { randomUUID } from 'node:crypto';
import { fixedClock } from '@lavterskel/kernel';
import {
  buildCrisisMunicipality,
  type CrisisMunicipality,
} from '../../testing/crisis-municipality';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { SKIEN_KOMMUNE, buildCoverageData } from '../audit/coverage-data';
import {
  ADMITS,
  CLIENT_RECORD_ROUTES,
  PUBLIC,
  ROLES,
  type Ownership,
  type Role,
} from './authorization-matrix';

/**
 * Issue 10's authorization matrix, checked against the running API: every operation of the
 * OpenAPI document has a row, its documented policy names the roles of its row, and each role
 * (and no token) gets the policy's answer; every client-record route answers each ownership
 * case as its row says. Zero mismatches.
 */

interface OpenApiOperation {
  responses?: Record<string, { description?: string }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

const TODAY = '2026-11-23';
const OTHER_TENANT = '3005';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

/** Every operation as `METHOD path`, as the matrix names it. */
function operations(document: OpenApiDocument): { key: string; method: Method; path: string }[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      key: `${method.toUpperCase()} ${path}`,
      method,
      path,
    })),
  );
}

/** The roles an operation's documented 403 names (`Requires one of the roles: a, b.`). */
function documentedRoles(operation: OpenApiOperation | undefined): string[] | typeof PUBLIC {
  const forbidden = operation?.responses?.['403']?.description;
  if (forbidden === undefined) return PUBLIC;
  const match = /one of the roles: ([^.]+)\./.exec(forbidden);
  return match?.[1] ? match[1].split(', ').sort() : [];
}

const withIds = (path: string) => path.replaceAll(/\{[^}]+\}/g, () => randomUUID());

describe('the authorization matrix (issue 10)', () => {
  let api: TestApp;
  let m: CrisisMunicipality;
  let document: OpenApiDocument;

  beforeAll(async () => {
    api = await startTestApp({
      clock: fixedClock(`${TODAY}T09:00:00Z`),
      env: { MUNICIPALITY_ORGANISATION_NUMBERS: `4003=${SKIEN_KOMMUNE}` },
    });
    m = await buildCrisisMunicipality(api, { today: TODAY });
    // Arne's record gets a crisis plan, relatives, a clinical profile … so each route has something to show.
    await buildCoverageData(api, m);
    document = (await api.http().get('/docs-json').expect(200)).body as OpenApiDocument;
  }, 120_000);
  afterAll(() => api.close());

  it('has a row for every operation, and an operation for every row', () => {
    const keys = operations(document).map((operation) => operation.key);
    expect(keys.filter((key) => !(key in ADMITS))).toEqual([]);
    expect(Object.keys(ADMITS).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it('documents, for every operation, the policy its row gives', () => {
    const mismatches = operations(document).flatMap(({ key, method, path }) => {
      const documented = documentedRoles(document.paths[path]?.[method]);
      const row = ADMITS[key];
      const expected = row === PUBLIC || row === undefined ? row : [...row].sort();
      return JSON.stringify(documented) === JSON.stringify(expected)
        ? []
        : [`${key}: documented ${JSON.stringify(documented)}, matrix ${JSON.stringify(expected)}`];
    });
    expect(mismatches).toEqual([]);
  });

  it('answers every operation, for every role and without a token, as its policy says', async () => {
    const bearer = {} as Record<Role, string>;
    for (const role of ROLES) {
      const subject = role === 'client' ? randomUUID() : `matrix-${role}`;
      bearer[role] = `Bearer ${await api.token({ tenant: m.tenant, subject, roles: [role] })}`;
    }
    const mismatches: string[] = [];
    for (const { key, method, path } of operations(document)) {
      const admits = ADMITS[key];
      const callers: (Role | 'none')[] = ['none', ...ROLES];
      for (const caller of callers) {
        const request = api.http()[method](withIds(path));
        if (caller !== 'none') request.set('Authorization', bearer[caller]);
        const { status } =
          method === 'get' || method === 'delete' ? await request : await request.send({});
        const admitted = admits === PUBLIC || (caller !== 'none' && admits?.includes(caller));
        const expected = admitted ? 'not 401/403' : caller === 'none' ? '401' : '403';
        const ok =
          status < 500 &&
          (admitted ? status !== 401 && status !== 403 : String(status) === expected);
        if (!ok) mismatches.push(`${key} as ${caller}: expected ${expected}, got ${status}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 60_000);

  it('answers every client-record route per ownership case', async () => {
    const arne = m.clients.Arne;
    const skien = async (subject: string, teams: string[]) =>
      `Bearer ${await api.token({ tenant: m.tenant, subject, roles: ['staff'], teams })}`;
    // Arne is enrolled in LAR-utdelingen, run by "Lavterskel og LAR"; the nurse is his primary contact.
    const callers: Record<Exclude<Ownership, 'relation ended'>, string> = {
      'own team': await skien('matrix-lar-nurse', [m.teams['Lavterskel og LAR']]),
      'same municipality, other team': await skien('matrix-youth', [m.teams.Ungdom]),
      // The same subject and team ids, in another municipality's token.
      'other municipality': `Bearer ${await api.token({
        tenant: OTHER_TENANT,
        subject: m.subjects.nurse,
        roles: ['staff'],
        teams: Object.values(m.teams),
      })}`,
      'no relation': await skien('matrix-stranger', []),
    };
    // The primary contact, asking without any team: the contact is the only relation, then ends.
    const formerContact = await skien(m.subjects.nurse, []);

    const answers = async (bearer: string) => {
      const statuses: Record<string, number> = {};
      for (const key of Object.keys(CLIENT_RECORD_ROUTES)) {
        const path = (key.split(' ')[1] ?? '').replace(/\{clientId\}/, arne);
        statuses[key] = (await api.http().get(path).set('Authorization', bearer)).status;
      }
      return statuses;
    };
    const mismatches: string[] = [];
    const check = (ownership: Ownership, statuses: Record<string, number>) => {
      for (const [key, expected] of Object.entries(CLIENT_RECORD_ROUTES)) {
        if (statuses[key] !== expected[ownership]) {
          mismatches.push(
            `${key}, ${ownership}: expected ${expected[ownership]}, got ${statuses[key]}`,
          );
        }
      }
    };
    for (const [ownership, bearer] of Object.entries(callers)) {
      check(ownership as Ownership, await answers(bearer));
    }

    // Before the reassignment the primary contact reads the record as the own team does.
    const before = await answers(formerContact);
    for (const [key, expected] of Object.entries(CLIENT_RECORD_ROUTES)) {
      if (before[key] !== expected['own team']) {
        mismatches.push(
          `${key}, primary contact: expected ${expected['own team']}, got ${before[key]}`,
        );
      }
    }
    const record = await api
      .http()
      .get(`/v1/clients/${arne}`)
      .set('Authorization', m.bearer.nurse)
      .expect(200);
    await api
      .http()
      .put(`/v1/clients/${arne}/care-contacts`)
      .set('Authorization', m.bearer.nurse)
      .set('If-Match', String(record.headers['etag']))
      .send({ primaryContact: 'nurse-ola', backupContact: null })
      .expect(200);
    check('relation ended', await answers(formerContact));

    expect(mismatches).toEqual([]);
  }, 60_000);

  it('lists as client-record routes exactly the GET routes on one client', () => {
    const found = operations(document)
      .filter(
        ({ method, path }) =>
          method === 'get' && /^\/v1\/(services\/)?clients\/\{clientId\}(\/[a-z-]+)?$/.test(path),
      )
      .map(({ key }) => key);
    expect(found.sort()).toEqual(Object.keys(CLIENT_RECORD_ROUTES).sort());
  });
});
