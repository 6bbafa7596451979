import type { Response } from 'supertest';
import { bearer, identifiedClient, registerClient, staffToken } from '../clients/clients-fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';

interface DocumentedParameter {
  name: string;
  in: string;
  description?: string;
}

const violations = (response: Response) =>
  response.body.errors as { field: string; rule: string }[];

/** input that used to reach PostgreSQL, the call stack or the event loop is a 400 naming the field. */
describe('hostile input', () => {
  let api: TestApp;
  let token: string;

  beforeAll(async () => {
    api = await startTestApp();
    token = await staffToken(api, 'nurse-anne', {
      roles: ['staff', 'team-lead', 'crisis-coordinator', 'privacy-officer'],
    });
  });
  afterAll(() => api.close());

  const expectProblem = (response: Response, status: number) => {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  };

  describe('paging cursors', () => {
    it('refuses the OpenAPI document’s own example cursor on every list as 400 naming cursor', async () => {
      const { body } = await api.http().get('/docs-json').expect(200);
      const lists = Object.entries(
        body.paths as Record<string, Record<string, { parameters?: DocumentedParameter[] }>>,
      )
        .filter(([path]) => !path.includes('{'))
        .flatMap(([path, methods]) =>
          (methods.get?.parameters ?? [])
            .filter((p) => p.in === 'query' && p.name === 'cursor')
            // An optional parameter's example is in its description (Swagger UI pre-fills `example`).
            .map((p) => ({ path, example: /Example: `([^`]+)`/.exec(p.description ?? '')?.[1] })),
        );
      expect(lists.length).toBeGreaterThan(15);
      expect(lists.filter((list) => !list.example)).toEqual([]);
      const answers: string[] = [];
      for (const { path, example } of lists) {
        const response = await api.http().get(path).query({ cursor: example }).set(bearer(token));
        const cursorRefused =
          response.status === 400 && violations(response)?.some((v) => v.field === 'cursor');
        // A list that needs other filters first may refuse them instead, but never fails.
        if (!cursorRefused && (response.status >= 500 || response.status < 400)) {
          answers.push(`${path} → ${response.status} ${response.text.slice(0, 200)}`);
        }
      }
      expect(answers).toEqual([]);
    });

    it('refuses a cursor whose parts have the wrong kind for the list’s keys, and still pages with real ones', async () => {
      for (let i = 0; i < 3; i++) await registerClient(api, token);
      const forged = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
      for (const key of [
        ['Kari', 'a1'],
        [1, 2],
        ['Kari', '00000000-0000-4000-8000-000000000000', 3],
      ]) {
        const response = await api
          .http()
          .get('/v1/clients')
          .query({ cursor: forged(key) })
          .set(bearer(token));
        expectProblem(response, 400);
        expect(violations(response)).toEqual([expect.objectContaining({ field: 'cursor' })]);
      }
      const first = await api.http().get('/v1/clients?limit=2').set(bearer(token)).expect(200);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await api
        .http()
        .get('/v1/clients')
        .query({ limit: 2, cursor: first.body.nextCursor })
        .set(bearer(token))
        .expect(200);
      expect(second.body.items.length).toBeGreaterThan(0);
    });
  });

  describe('text that is not text', () => {
    it('refuses a NUL byte in a body field, naming it', async () => {
      const response = await api
        .http()
        .post('/v1/clients')
        .set(bearer(token))
        .send(identifiedClient({ givenName: 'Ka\u0000ri' }));
      expectProblem(response, 400);
      expect(violations(response)).toEqual([
        expect.objectContaining({ field: 'givenName', rule: 'no-nul' }),
      ]);
    });

    it('refuses a lone UTF-16 surrogate in a body field, naming it', async () => {
      const response = await api
        .http()
        .post('/v1/clients')
        .set(bearer(token))
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(identifiedClient({ familyName: 'x' })).replace('"x"', '"\\ud800x"'));
      expectProblem(response, 400);
      expect(violations(response)).toEqual([
        expect.objectContaining({ field: 'familyName', rule: 'unpaired-surrogate' }),
      ]);
    });

    it('refuses a NUL byte in ?q= and in a path parameter', async () => {
      const search = await api.http().get('/v1/clients?q=Ka%00ri').set(bearer(token));
      expectProblem(search, 400);
      expect(violations(search)).toEqual([expect.objectContaining({ field: 'q', rule: 'no-nul' })]);
      const path = await api.http().get('/v1/clients/%00').set(bearer(token));
      expectProblem(path, 400);
      expect(violations(path)).toEqual([
        expect.objectContaining({ field: 'clientId', rule: 'no-nul' }),
      ]);
    });

    it('refuses broken percent-encoding in a path, and NUL or a surrogate in a break-glass reason', async () => {
      expectProblem(await api.http().get('/v1/clients/%E0%A4%A').set(bearer(token)), 400);
      const client = await registerClient(api, await staffToken(api, 'nurse-ola'));
      for (const reason of [
        "UTF-8''Akutt%00%00%00%00%00%00%00%00%00",
        "UTF-8''Akutt%ED%A0%80%ED%A0%80xxxxxxx",
      ]) {
        const response = await api
          .http()
          .get(`/v1/clients/${client.id}`)
          .set(bearer(token))
          .set('X-Break-Glass-Reason', reason);
        expectProblem(response, 400);
        expect(violations(response)).toEqual([
          expect.objectContaining({ field: 'X-Break-Glass-Reason' }),
        ]);
      }
    });
  });

  describe('size and depth', () => {
    it('refuses JSON nested thousands deep before anything recurses into it', async () => {
      const deep = `${'{"a":['.repeat(5000)}1${']}'.repeat(5000)}`;
      const response = await api
        .http()
        .post('/v1/clients')
        .set(bearer(token))
        .set('Content-Type', 'application/json')
        .send(deep);
      expectProblem(response, 400);
      expect(violations(response)).toEqual([expect.objectContaining({ rule: 'max-depth' })]);
    });

    it('refuses a 100 000-item array with one small problem naming the field', async () => {
      const response = await api
        .http()
        .post('/v1/clients')
        .set(bearer(token))
        .send(identifiedClient({ contactChannels: new Array(100_000).fill(1) }));
      expectProblem(response, 400);
      expect(violations(response)).toEqual([
        expect.objectContaining({ field: 'contactChannels', rule: 'max-items' }),
      ]);
      expect(response.text.length).toBeLessThan(2_000);
    });

    it('lists at most 20 violations and counts them all', async () => {
      const unknown = Object.fromEntries(Array.from({ length: 45 }, (_, i) => [`surprise${i}`, i]));
      const response = await api
        .http()
        .post('/v1/clients')
        .set(bearer(token))
        .send(identifiedClient(unknown));
      expectProblem(response, 400);
      expect(response.body.errors).toHaveLength(20);
      expect(response.body.errorCount).toBe(45);
    });

    it('keeps /health/live answering while oversized bodies arrive', async () => {
      const huge = JSON.stringify(identifiedClient({ contactChannels: new Array(60_000).fill(1) }));
      const load = Array.from({ length: 6 }, () =>
        api
          .http()
          .post('/v1/clients')
          .set(bearer(token))
          .set('Content-Type', 'application/json')
          .send(huge),
      );
      const [live, ...refused] = await Promise.all([api.http().get('/health/live'), ...load]);
      expect(live?.status).toBe(200);
      for (const response of refused) expectProblem(response, 400);
    });
  });
});
