import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { bearer, identifiedClient, registerClient, staffToken } from '../clients/clients-fixtures';

/** Every line the API logged, as written. */
class CapturedLog {
  private text = '';
  write(line: string): void {
    this.text += line;
  }
  get raw(): string {
    return this.text;
  }
  requestLines(): Record<string, unknown>[] {
    return this.text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => 'route' in line);
  }
}

describe('request logs: one JSON line per request, with no personal data', () => {
  let api: TestApp;
  const log = new CapturedLog();

  beforeAll(async () => {
    api = await startTestApp({
      env: { LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
      logDestination: log,
    });
  });
  afterAll(() => {
    console.log(log.raw);
    return api.close();
  });

  it('name the request id, method, route template, status and duration, and nothing a request carried', async () => {
    const token = await staffToken(api, 'staff-logs');
    const body = identifiedClient({ givenName: 'Ingeborg', familyName: 'Haugsvær' });
    const client = await registerClient(api, token, body);
    await api
      .http()
      .get(`/v1/clients?q=${encodeURIComponent('Ingeborg Haugsvær')}&nationalId=${body.nationalId}`)
      .set(bearer(token))
      .set('Cookie', 'session=cookie-secret-value');
    const read = await api.http().get(`/v1/clients/${client.id}`).set(bearer(token)).expect(200);

    const lines = log.requestLines();
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 30,
        reqId: read.headers['x-request-id'],
        method: 'GET',
        route: '/v1/clients/:clientId',
        status: 200,
        durationMs: expect.any(Number),
        msg: 'GET /v1/clients/:clientId 200',
      }),
    );
    // One id per line: the one the caller sees in X-Request-Id.
    for (const line of log.raw.split('\n').filter((text) => text.includes('"route"'))) {
      expect(line.split('"reqId"')).toHaveLength(2);
    }
    expect(lines.map((line) => line.route)).toEqual(
      expect.arrayContaining(['/v1/clients', '/v1/clients/:clientId']),
    );
    for (const secret of [
      body.nationalId as string,
      'Ingeborg',
      'Haugsv',
      client.id,
      token,
      'cookie-secret-value',
      '+47 912 34 567',
    ]) {
      expect(log.raw).not.toContain(secret);
    }
  });

  it('keep a well-formed X-Request-Id from the caller and echo it; replace a malformed one', async () => {
    const given = `trace-${randomUUID()}`;
    const kept = await api.http().get('/health/live').set('X-Request-Id', given).expect(200);
    expect(kept.headers['x-request-id']).toBe(given);

    const replaced = await api
      .http()
      .get('/health/live')
      .set('X-Request-Id', 'Kari Nordmann 12345678901')
      .expect(200);
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    const ids = log.requestLines().map((line) => line.reqId);
    expect(ids).toEqual(expect.arrayContaining([given, replaced.headers['x-request-id']]));
    expect(log.raw).not.toContain('Nordmann');
  });

  it('log refused and unknown requests by route template or as unmatched', async () => {
    const missing = randomUUID();
    await api.http().get(`/v1/clients/${missing}`).expect(401);
    await api.http().get(`/nowhere/${missing}`).expect(404);

    expect(log.requestLines()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ route: '/v1/clients/:clientId', status: 401 }),
        expect.objectContaining({ route: 'unmatched', status: 404 }),
      ]),
    );
    expect(log.raw).not.toContain(missing);
  });
});
