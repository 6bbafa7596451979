import { SHUTDOWN_DRAIN } from '../../health/shutdown-state';
import { startTestApp, type TestApp } from '../../testing/test-app';

describe('readiness while the API stops', () => {
  let api: TestApp;
  let drainStarted!: () => void;
  const draining = new Promise<void>((resolve) => (drainStarted = resolve));
  let endDrain!: () => void;
  const drained = new Promise<void>((resolve) => (endDrain = resolve));

  beforeAll(async () => {
    api = await startTestApp({
      overrides: [
        {
          provide: SHUTDOWN_DRAIN,
          useValue: () => {
            drainStarted();
            return drained;
          },
        },
      ],
    });
  });

  it('answers 503 once stopping has begun, while the port still serves requests', async () => {
    await api.http().get('/health/ready').expect(200);

    const closing = api.close(); // what SIGTERM does in main.ts
    await draining;

    const ready = await api.http().get('/health/ready').expect(503);
    expect(ready.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(ready.body).toMatchObject({ status: 503, code: 'health.shutting-down' });
    await api.http().get('/health/live').expect(200);

    endDrain();
    await closing;
  });
});
