import { ConfigError, loadApiConfig } from './api-config';

describe('loadApiConfig: abuse limits, trust proxy and retention', () => {
  it('defaults: no proxy trusted, 120 searches a minute, 20 applications an hour, 24 h idempotency', () => {
    expect(loadApiConfig({})).toMatchObject({
      trustProxy: false,
      rateLimits: {
        clientSearch: { limit: 120, ttlMs: 60_000 },
        application: { limit: 20, ttlMs: 3_600_000 },
      },
      retention: { idempotencyTtlMs: 86_400_000, purgeIntervalMs: 600_000 },
      auditChainLinkIntervalMs: 1000,
    });
  });

  it.each([
    ['true', true],
    ['false', false],
    ['1', 1],
    ['loopback,10.0.0.0/8', 'loopback,10.0.0.0/8'],
  ])('reads TRUST_PROXY=%p as Express takes it', (value, expected) => {
    expect(loadApiConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it('reads the limits and retention', () => {
    const config = loadApiConfig({
      CLIENT_SEARCH_RATE_LIMIT: '5',
      CLIENT_SEARCH_RATE_WINDOW_SECONDS: '30',
      APPLICATION_RATE_LIMIT: '3',
      APPLICATION_RATE_WINDOW_SECONDS: '600',
      IDEMPOTENCY_TTL_SECONDS: '3600',
      EXPIRY_PURGE_INTERVAL_SECONDS: '0',
      AUDIT_CHAIN_LINK_INTERVAL_SECONDS: '0.25',
    });
    expect(config.rateLimits).toEqual({
      clientSearch: { limit: 5, ttlMs: 30_000 },
      application: { limit: 3, ttlMs: 600_000 },
    });
    expect(config.retention).toEqual({ idempotencyTtlMs: 3_600_000, purgeIntervalMs: 0 });
    expect(config.auditChainLinkIntervalMs).toBe(250);
  });

  it.each([
    [{ CLIENT_SEARCH_RATE_LIMIT: '0' }, /CLIENT_SEARCH_RATE_LIMIT/],
    [{ APPLICATION_RATE_WINDOW_SECONDS: 'hour' }, /APPLICATION_RATE_WINDOW_SECONDS/],
    [{ IDEMPOTENCY_TTL_SECONDS: '5' }, /IDEMPOTENCY_TTL_SECONDS/],
    [{ TRUST_PROXY: 'yes please' }, /TRUST_PROXY/],
    [{ AUDIT_CHAIN_LINK_INTERVAL_SECONDS: '-1' }, /AUDIT_CHAIN_LINK_INTERVAL_SECONDS/],
  ])('refuses %p with a message naming the variable', (env, message) => {
    expect(() => loadApiConfig(env)).toThrow(ConfigError);
    expect(() => loadApiConfig(env)).toThrow(message);
  });
});
