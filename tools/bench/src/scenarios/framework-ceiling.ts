import { cycle, json, type BenchContext, type Scenario } from './scenario';

/**
 * The framework's ceiling: GET /v1/consents/vocabulary needs a token (verified, policy checked,
 * the request's interceptors run) and answers from memory, touching no database (the report's
 * SQL trace shows 0 statements per request).
 */
export function frameworkCeilingScenario(context: BenchContext): Scenario {
  const staff = cycle(context.staff);
  return {
    id: 'ceiling',
    title: 'authenticated, no database (GET /v1/consents/vocabulary)',
    nextCall: () => ({
      method: 'GET',
      path: '/v1/consents/vocabulary',
      headers: { authorization: staff().token },
      check: (status, body) => status === 200 && Array.isArray(json(body)['categories']),
    }),
  };
}
