import { ConfigError, loadApiConfig } from './api-config';

describe('loadApiConfig', () => {
  it('runs out of the box in development: port 3000, embedded database, development secret', () => {
    const config = loadApiConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      usesDevelopmentSecret: true,
    });
    expect(config.embedded.dataDir).toMatch(/\.data\/postgres$/);
  });

  it('reads the database, port and identity provider', () => {
    const config = loadApiConfig({
      DATABASE_URL: 'postgres://app:pw@db.internal:5432/lavterskel',
      PORT: '8080',
      AUTH_JWKS_URL: 'https://helseid.example/.well-known/jwks',
      AUTH_ISSUER: 'https://helseid.example',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://app:pw@db.internal:5432/lavterskel',
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

  it('never echoes a secret in its messages', () => {
    expect(() => loadApiConfig({ AUTH_JWT_SECRET: 'hunter2' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
  });
});
