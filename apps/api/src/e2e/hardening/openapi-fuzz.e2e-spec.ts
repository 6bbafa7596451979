import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';
import {
  fuzzOperations,
  malformedRequest,
  type FuzzOperation,
  type MalformedRequest,
  type OpenApiDocument,
} from '../../testing/malformed-requests';
import { startTestApp, type TestApp } from '../../testing/test-app';

/** At least this many malformed requests per run; the seed makes a failure reproducible. */
const MIN_REQUESTS = 10_000;
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261201);
const ROLES = ['staff', 'crisis-coordinator', 'privacy-officer'] as const;
const CONCURRENCY = 8;

const STACK_TRACE = /\n\s+at |\bat .+\.[jt]s:\d+/;
const SQL_TEXT =
  /QueryFailedError|syntax error at or near|invalid input syntax|violates .+ constraint|relation "|\bSELECT\b.+\bFROM\b|\bINSERT INTO\b|\bUPDATE\b.+\bSET\b/i;

/**
 * X-4 as a property over the whole API: requests generated from the OpenAPI document
 * (wrong types, huge and deep JSON, NUL and lone surrogates, forged cursors, bad ids,
 * oversized arrays, unknown properties, broken JSON) on every operation, as three roles.
 * None may give a 5xx, a stack trace or SQL text; every error is problem+json.
 */
describe('fuzzing every operation from the OpenAPI document', () => {
  let api: TestApp;
  let server: Server;
  let operations: FuzzOperation[];
  const bearers = new Map<string, string>();

  beforeAll(async () => {
    api = await startTestApp();
    server = api.app.getHttpServer() as Server;
    // One listening server for all requests, instead of one per request.
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    for (const role of ROLES) {
      const token = await api.token({
        tenant: '4003',
        subject: `fuzz-${role}`,
        roles: [role],
        teams: [randomUUID()],
      });
      bearers.set(role, `Bearer ${token}`);
    }
    const { body } = await request(server).get('/docs-json').expect(200);
    operations = fuzzOperations(body as OpenApiDocument);
  });
  afterAll(() => api.close());

  const send = (operation: FuzzOperation, role: string, malformed: MalformedRequest) => {
    let call = request(server)
      [operation.method](malformed.url)
      .set('Authorization', bearers.get(role) ?? '')
      .set(malformed.headers);
    if (malformed.body !== undefined) {
      call = call
        .set('Content-Type', malformed.contentType ?? 'application/json')
        .send(malformed.body);
    }
    return call.ok(() => true);
  };

  it(`answers ${MIN_REQUESTS}+ malformed requests with 4xx problem+json, never a 5xx, stack or SQL`, async () => {
    expect(operations.length).toBeGreaterThan(100);
    const perOperationAndRole = Math.ceil(MIN_REQUESTS / (operations.length * ROLES.length));
    const cases = operations.flatMap((operation, i) =>
      ROLES.flatMap((role, r) =>
        fc
          .sample(malformedRequest(operation), {
            numRuns: perOperationAndRole,
            seed: SEED + i * ROLES.length + r,
          })
          .map((malformed) => ({ operation, role, malformed })),
      ),
    );
    expect(cases.length).toBeGreaterThanOrEqual(MIN_REQUESTS);

    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const { operation, role, malformed } = cases[next++] as (typeof cases)[number];
        const response = await send(operation, role, malformed);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const problem = /^application\/problem\+json/.test(
          String(response.headers['content-type']),
        );
        if (
          response.status >= 500 ||
          (response.status >= 400 && !problem) ||
          STACK_TRACE.test(response.text) ||
          SQL_TEXT.test(response.text)
        ) {
          failures.push(
            `${role} ${malformed.kind} ${operation.method.toUpperCase()} ${malformed.url.slice(0, 120)} ${malformed.body?.slice(0, 80) ?? ''} → ${response.status} ${response.text.slice(0, 300)}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    expect(failures.slice(0, 30)).toEqual([]);
    // Most malformed requests are refused; the rest must at least not fail.
    const refused = [...statuses]
      .filter(([status]) => status >= 400)
      .reduce((sum, [, n]) => sum + n, 0);
    expect(refused).toBeGreaterThan(cases.length * 0.9);
  }, 180_000);
});
