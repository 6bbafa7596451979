import { ConfigError, loadApiConfig } from './api-config';
import { DEVELOPMENT_JWT_SECRET } from './development-secret';

describe('loadApiConfig', () => {
  it('runs out of the box in development: port 3000, embedded database, development secret', () => {
    const config = loadApiConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      databasePoolSize: 10,
      usesDevelopmentSecret: true,
    });
    expect(config.embedded.dataDir).toMatch(/\.data\/postgres$/);
  });

  it('reads the database, port and identity provider', () => {
    const config = loadApiConfig({
      DATABASE_URL: 'postgres://app:pw@db.internal:5432/lavterskel',
      PORT: '8080',
      DATABASE_POOL_SIZE: '25',
      AUTH_JWKS_URL: 'https://helseid.example/.well-known/jwks',
      AUTH_ISSUER: 'https://helseid.example',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://app:pw@db.internal:5432/lavterskel',
      databasePoolSize: 25,
      usesDevelopmentSecret: false,
    });
    expect(config.auth).toMatchObject({
      jwksUrl: 'https://helseid.example/.well-known/jwks',
      secret: undefined,
      issuer: 'https://helseid.example',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ DATABASE_POOL_SIZE: '0' }, /DATABASE_POOL_SIZE must not be less than 1/],
    [{ DATABASE_POOL_SIZE: 'many' }, /DATABASE_POOL_SIZE must be an integer/],
    [{ AUTH_JWT_SECRET: 'short' }, /AUTH_JWT_SECRET/],
    [{ AUTH_JWT_SECRET: 'x'.repeat(40), AUTH_JWKS_URL: 'https://idp.example/jwks' }, /not both/],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' }, /AUTH_JWKS_URL/],
    [{ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks' }, /DATABASE_URL/],
    [
      {
        NODE_ENV: 'production',
        AUTH_JWKS_URL: 'https://idp.example/jwks',
        DATABASE_URL: 'postgres://db/x',
      },
      /DATABASE_RUNTIME_URL/,
    ],
  ])('refuses %p with a message naming the variable', (env, message) => {
    expect(() => loadApiConfig(env)).toThrow(ConfigError);
    expect(() => loadApiConfig(env)).toThrow(message);
  });

  it.each([
    [{ HOST: '0.0.0.0' }, /development secret is refused on HOST 0\.0\.0\.0/],
    [{ HOST: '10.0.0.5' }, /development secret is refused/],
    [
      {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/x',
        AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET,
      },
      /development secret is refused in production/,
    ],
  ])(
    'refuses the built-in development secret off loopback or in production: %p',
    (env, message) => {
      expect(() => loadApiConfig(env)).toThrow(message);
    },
  );

  it.each(['127.0.0.1', '127.1.2.3', 'localhost', '::1'])(
    'allows the development secret on loopback %s',
    (host) => {
      expect(loadApiConfig({ HOST: host }).usesDevelopmentSecret).toBe(true);
    },
  );

  it('allows any host with an own secret, and reads the token lifetime and clock skew', () => {
    const config = loadApiConfig({
      HOST: '0.0.0.0',
      AUTH_JWT_SECRET: 'x'.repeat(40),
      AUTH_MAX_TOKEN_LIFETIME: '3600',
      AUTH_CLOCK_SKEW: '30',
    });
    expect(config.auth).toMatchObject({ maxTokenLifetimeSeconds: 3600, clockSkewSeconds: 30 });
  });

  it('never echoes a secret in its messages', () => {
    expect(() => loadApiConfig({ AUTH_JWT_SECRET: 'hunter2' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
  });
});
