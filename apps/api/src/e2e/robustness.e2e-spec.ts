import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../testing/test-app';

interface Operation {
  method: string;
  path: string;
  hasBody: boolean;
  required: string[];
}

/** Bodies no route should accept, and none should fail on. */
const MALFORMED_BODIES: unknown[] = [
  {},
  [],
  'plain text',
  { unexpected: true },
  {
    id: 42,
    clientId: 'not-a-uuid',
    tenantId: 4003,
    validFrom: 'yesterday',
    limit: -1,
    name: 'x'.repeat(100_000),
  },
];

/** Every JSON property a schema names, set to a value of the wrong kind. */
function wrongTypes(required: string[]): Record<string, unknown> {
  return Object.fromEntries(
    required.map((name, i) => [name, [null, 12.5, 'ø'.repeat(3), { nested: [] }, true][i % 5]]),
  );
}

/**
 * Robustness over the whole API: every route, given malformed input by a caller who holds
 * every role, answers a 4xx problem+json, never a 500 and never a stack trace.
 */
describe('malformed input on every route', () => {
  let api: TestApp;
  let bearer: string;
  let operations: Operation[];

  beforeAll(async () => {
    api = await startTestApp();
    bearer = `Bearer ${await api.token({
      tenant: '4003',
      subject: 'fuzzer',
      roles: ['staff', 'team-lead', 'crisis-coordinator', 'privacy-officer'],
      teams: [randomUUID()],
    })}`;
    const { body } = await api.http().get('/docs-json').expect(200);
    const schemas = body.components.schemas as Record<string, { required?: string[] }>;
    operations = Object.entries(
      body.paths as Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>
      >,
    ).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => {
        const ref = operation.requestBody?.content['application/json']?.schema.$ref;
        return {
          method,
          path,
          hasBody: operation.requestBody !== undefined,
          required: ref ? (schemas[ref.split('/').at(-1) ?? '']?.required ?? []) : [],
        };
      }),
    );
  });
  afterAll(() => api.close());

  const call = (operation: Operation, path: string, body?: unknown) => {
    const request = api
      .http()
      [operation.method as 'get' | 'post' | 'put' | 'patch' | 'delete'](path)
      .set('Authorization', bearer)
      .set('If-Match', '"1"')
      .set('X-Break-Glass-Reason', 'Robustness test of malformed input');
    return body === undefined ? request : request.type('json').send(JSON.stringify(body));
  };

  it('answers broken and oversized JSON with 4xx problem+json', async () => {
    const post = (raw: string) =>
      api
        .http()
        .post('/v1/consents')
        .set('Authorization', bearer)
        .set('Content-Type', 'application/json')
        .send(raw);
    const broken = await post('{"clientId": ');
    expect(broken.status).toBe(400);
    expect(broken.headers['content-type']).toMatch(/^application\/problem\+json/);
    const oversized = await post(JSON.stringify({ note: 'x'.repeat(300_000) }));
    expect(oversized.status).toBe(413);
    expect(oversized.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('covers the API', () => {
    expect(operations.length).toBeGreaterThan(100);
  });

  it('answers 4xx problem+json to malformed ids, queries and bodies on every route', async () => {
    const failures: string[] = [];
    for (const operation of operations) {
      const withIds = operation.path.replaceAll(/\{[^}]+\}/g, () => randomUUID());
      const withJunkIds = operation.path.replaceAll(/\{[^}]+\}/g, 'not-a-uuid%20or%20anything');
      const attempts: [string, unknown][] = [
        [withJunkIds, operation.hasBody ? {} : undefined],
        [`${withIds}?limit=0&cursor=%%%&from=2026-13-45&to=never&clientId=x`, undefined],
        ...(operation.hasBody
          ? [...MALFORMED_BODIES, wrongTypes(operation.required)].map((body): [string, unknown] => [
              withIds,
              body,
            ])
          : []),
      ];
      for (const [path, body] of attempts) {
        const response = await call(operation, path, body);
        const problem = /^application\/problem\+json/.test(
          String(response.headers['content-type']),
        );
        if (
          response.status >= 500 ||
          (response.status >= 400 && !problem) ||
          /\n\s+at /.test(response.text)
        ) {
          failures.push(
            `${operation.method.toUpperCase()} ${path} ${JSON.stringify(body)?.slice(0, 80)} → ${response.status} ${response.text.slice(0, 200)}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
