import { fixedClock } from '@lavterskel/kernel';
import { startTestApp, type TestApp } from '../../testing/test-app';

const form = { municipality: '4003', name: 'Tom', phone: '+47 900 00 000', helpWanted: 'Bolig' };
const limits = { APPLICATION_RATE_LIMIT: '1', APPLICATION_RATE_WINDOW_SECONDS: '3600' };

describe('TRUST_PROXY decides whose address the public form is limited by', () => {
  const clock = fixedClock('2026-11-23T09:00:00Z');
  let behindProxy: TestApp;
  let direct: TestApp;

  beforeAll(async () => {
    behindProxy = await startTestApp({ clock, env: { ...limits, TRUST_PROXY: 'loopback' } });
    direct = await startTestApp({ clock, env: limits, database: behindProxy.db });
  });
  afterAll(async () => {
    await direct.close();
    await behindProxy.close();
  });

  const submit = (api: TestApp, forwardedFor: string) =>
    api.http().post('/v1/applications').set('X-Forwarded-For', forwardedFor).send(form);

  it('behind a trusted proxy, counts each client address of X-Forwarded-For on its own', async () => {
    await submit(behindProxy, '203.0.113.7').expect(201);
    await submit(behindProxy, '203.0.113.8').expect(201);
    const refused = await submit(behindProxy, '203.0.113.7').expect(429);
    expect(refused.body).toMatchObject({ code: 'kernel.rate-limited' });
  });

  it('without it, ignores X-Forwarded-For: a caller cannot dodge the limit by forging it', async () => {
    clock.set('2026-11-23T10:00:00Z');
    await submit(direct, '198.51.100.1').expect(201);
    await submit(direct, '198.51.100.2').expect(429);
  });
});
