import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { bearer, registerClient, staffToken } from '../clients/clients-fixtures';

const METRICS_TOKEN = 'metrics-token-for-the-e2e-tests-0123456789';

describe('/metrics in the Prometheus text format', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ env: { METRICS_TOKEN } });
  });
  afterAll(() => api.close());

  it('answers only the bearer of METRICS_TOKEN', async () => {
    await api.http().get('/metrics').expect(401).expect('WWW-Authenticate', 'Bearer');
    await api
      .http()
      .get('/metrics')
      .set(bearer(`${METRICS_TOKEN}x`))
      .expect(401);
    await api
      .http()
      .get('/metrics')
      .set(bearer(METRICS_TOKEN))
      .expect(200)
      .expect('Content-Type', /^text\/plain/);
  });

  it('counts and times requests per route template, with the pool and the process', async () => {
    const token = await staffToken(api, 'staff-metrics');
    const client = await registerClient(api, token);
    await api.http().get(`/v1/clients/${client.id}`).set(bearer(token)).expect(200);
    const unknown = randomUUID();
    await api.http().get(`/v1/clients/${unknown}`).set(bearer(token)).expect(404);

    const { text } = await api.http().get('/metrics').set(bearer(METRICS_TOKEN)).expect(200);

    expect(text).toMatch(
      /^http_requests_total\{method="GET",route="\/v1\/clients\/:clientId",status_code="200"\} 1$/m,
    );
    expect(text).toMatch(
      /^http_requests_total\{method="GET",route="\/v1\/clients\/:clientId",status_code="404"\} 1$/m,
    );
    expect(text).toMatch(
      /^http_requests_total\{method="POST",route="\/v1\/clients",status_code="201"\} 1$/m,
    );
    expect(text).toMatch(
      /^http_request_duration_seconds_bucket\{le="\+Inf",method="GET",route="\/v1\/clients\/:clientId",status_code="200"\} 1$/m,
    );
    expect(text).toMatch(/^db_pool_connections [1-9]\d*$/m);
    expect(text).toMatch(/^db_pool_idle_connections \d+$/m);
    expect(text).toMatch(/^db_pool_waiting_requests \d+$/m);
    expect(text).toMatch(/^process_cpu_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    // Templates, not URLs: no record id becomes a label.
    expect(text).not.toContain(client.id);
    expect(text).not.toContain(unknown);
  });
});

describe('/metrics without METRICS_TOKEN', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('is not served', async () => {
    await api.http().get('/metrics').expect(404);
  });
});
