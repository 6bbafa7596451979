import type { Scenario } from './scenario';

/** GET /health/live: no token, no database; Nest and Express alone. */
export function healthScenario(): Scenario {
  return {
    id: 'health',
    title: 'health check (no auth, no database)',
    nextCall: () => ({
      method: 'GET',
      path: '/health/live',
      headers: {},
      check: (status, body) => status === 200 && body.includes('"ok"'),
    }),
  };
}
