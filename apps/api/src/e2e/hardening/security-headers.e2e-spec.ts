import { bearer, staffToken } from '../clients/clients-fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';

/** Helmet's headers everywhere, no-store on every /v1 answer (they carry personal data), a working /docs. */
describe('security headers', () => {
  let api: TestApp;
  let token: string;

  beforeAll(async () => {
    api = await startTestApp();
    token = await staffToken(api, 'nurse-anne');
  });
  afterAll(() => api.close());

  it('sends nosniff, no framing, no referrer, and no HSTS over plain HTTP', async () => {
    const response = await api.http().get('/v1/clients').set(bearer(token)).expect(200);
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it.each([
    ['a refused request', (api: TestApp) => api.http().get('/v1/clients')],
    [
      'a validation error',
      (api: TestApp) => api.http().get('/v1/clients/not-a-uuid').set(bearer(token)),
    ],
    ['a missing route', (api: TestApp) => api.http().get('/v1/nothing-here').set(bearer(token))],
  ])('marks %s under /v1 no-store too', async (_, send) => {
    const response = await send(api);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('serves the Swagger UI and every asset it loads under the CSP', async () => {
    const page = await api.http().get('/docs/').expect(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'/);
    // The page's scripts and styles are files of its own origin, which the policy allows.
    const assets = [...page.text.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => match[1]);
    expect(assets).toEqual(
      expect.arrayContaining(['swagger-ui-bundle.js', 'swagger-ui-init.js', 'swagger-ui.css']),
    );
    expect(page.text).not.toMatch(/<script>(?!\s*<\/script>)/);
    for (const asset of assets) await api.http().get(`/docs/${asset}`).expect(200);
    await api.http().get('/docs-json').expect(200);
  });

  it('sends HSTS when configured for TLS', async () => {
    const tls = await startTestApp({ env: { HSTS_MAX_AGE: '31536000' } });
    try {
      const response = await tls.http().get('/health/live').expect(200);
      expect(response.headers['strict-transport-security']).toBe(
        'max-age=31536000; includeSubDomains',
      );
      expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    } finally {
      await tls.close();
    }
  });
});
