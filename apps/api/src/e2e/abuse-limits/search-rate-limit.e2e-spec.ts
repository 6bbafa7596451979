import { fixedClock } from '@lavterskel/kernel';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { bearer, nextNationalId, registerClient, staffToken } from '../clients/clients-fixtures';

/** A small limit so the test reaches it: 4 searches per subject per minute. */
const env = { CLIENT_SEARCH_RATE_LIMIT: '4', CLIENT_SEARCH_RATE_WINDOW_SECONDS: '60' };

describe('client search and national-id lookup are limited per subject, across API processes', () => {
  // 15 s into a minute: 45 s of the window left.
  const clock = fixedClock('2026-11-23T09:00:15Z');
  let first: TestApp;
  let second: TestApp;
  let anne: string;
  let ola: string;
  let anneInOslo: string;

  beforeAll(async () => {
    first = await startTestApp({ clock, env });
    // A second API process behind the same load balancer: the same database, its own memory.
    second = await startTestApp({ clock, env, database: first.db });
    anne = await staffToken(first, 'nurse-anne');
    ola = await staffToken(first, 'nurse-ola');
    anneInOslo = await staffToken(first, 'nurse-anne', { tenant: '0301' });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  const search = (api: TestApp, token: string, query: string) =>
    api.http().get(`/v1/clients?${query}`).set(bearer(token));
  const auditedSearches = async (subject: string) =>
    Number(
      (
        await first.db.dataSource.query(
          `SELECT count(DISTINCT request_id) FROM kernel.audit_event WHERE action = 'search' AND actor_subject = $1`,
          [subject],
        )
      )[0].count,
    );

  it('counts searches and lookups on both processes against one allowance, then answers 429', async () => {
    const client = await registerClient(first, anne);
    await search(first, anne, 'q=kari').expect(200);
    await search(second, anne, `nationalId=${client.nationalId as string}`).expect(200);
    await search(first, anne, `nationalId=${nextNationalId()}`).expect(200);
    await search(second, anne, 'status=applicant').expect(200);
    const audited = await auditedSearches('nurse-anne');

    // The fifth in the window, on either process, is refused before it reads or audits anything.
    for (const api of [first, second]) {
      const refused = await search(api, anne, `nationalId=${nextNationalId()}`).expect(429);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 429, code: 'kernel.rate-limited' });
      expect(refused.headers['retry-after']).toBe('45');
      expect(
        Object.keys(refused.headers).filter((name) => name.startsWith('retry-after-')),
      ).toEqual([]);
    }
    expect(await auditedSearches('nurse-anne')).toBe(audited);
  });

  it('does not limit another subject, nor the same subject in another municipality', async () => {
    await search(second, ola, 'q=kari').expect(200);
    await search(first, anneInOslo, 'q=kari').expect(200);
    await search(first, anne, 'q=kari').expect(429);
  });

  it('does not count other routes, and allows the subject again in the next window', async () => {
    await first.http().get('/v1/applications').set(bearer(anne)).expect(200);
    clock.set('2026-11-23T09:01:00Z');
    await search(second, anne, 'q=kari').expect(200);
  });

  it('documents the 429 on the search route', async () => {
    const { body: document } = await first.http().get('/docs-json').expect(200);
    expect(document.paths['/v1/clients'].get.responses['429'].content).toEqual({
      'application/problem+json': expect.anything(),
    });
  });
});
