import { Logger } from '@nestjs/common';
import { SignJWT, UnsecuredJWT, generateKeyPair, type JWTPayload } from 'jose';
import { TEST_JWT_SECRET, startTestApp, type TestApp } from '../../testing/test-app';

const ISSUER = 'https://idp.lavterskel.test';
const AUDIENCE = 'lavterskel-api';
const HOUR = 3600;
const now = () => Math.floor(Date.now() / 1000);

const claims = (overrides: JWTPayload = {}): JWTPayload => ({
  sub: 'nurse-anne',
  tenant: '4003',
  roles: ['staff'],
  teams: [],
  iss: ISSUER,
  aud: AUDIENCE,
  iat: now(),
  exp: now() + HOUR,
  ...overrides,
});

/** Signs `payload` as given (no claim added or removed), HS256 with the API's secret unless told. */
function sign(
  payload: JWTPayload,
  options: { alg?: string; secret?: string } = {},
): Promise<string> {
  const defined = Object.fromEntries(
    Object.entries(payload).filter(([, value]) => value !== undefined),
  );
  return new SignJWT(defined)
    .setProtectedHeader({ alg: options.alg ?? 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}

/** Tokens: exp required, lifetime bounded, small clock skew, issuer and audience checked (issue 10). */
describe('bearer tokens', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({
      env: {
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
        AUTH_MAX_TOKEN_LIFETIME: String(12 * HOUR),
        AUTH_CLOCK_SKEW: '60',
      },
    });
  });
  afterAll(() => api.close());

  const call = (authorization?: string) => {
    const request = api.http().get('/v1/clients?limit=1');
    return authorization === undefined ? request : request.set('Authorization', authorization);
  };

  it('accepts a proper token, and one expired within the clock skew', async () => {
    await call(`Bearer ${await sign(claims())}`).expect(200);
    await call(`Bearer ${await sign(claims({ exp: now() - 20 }))}`).expect(200);
  });

  const variants: [string, () => Promise<string | undefined>, string][] = [
    ['no Authorization header', async () => undefined, 'auth.missing-token'],
    [
      'another scheme',
      async () => `Basic ${Buffer.from('a:b').toString('base64')}`,
      'auth.missing-token',
    ],
    ['a malformed token', async () => 'Bearer not.a.jwt', 'auth.invalid-token'],
    [
      'a token of random bytes',
      async () => `Bearer ${Buffer.from('x'.repeat(40)).toString('base64url')}`,
      'auth.invalid-token',
    ],
    ['alg none', async () => `Bearer ${new UnsecuredJWT(claims()).encode()}`, 'auth.invalid-token'],
    [
      'another HMAC algorithm (HS512)',
      async () => `Bearer ${await sign(claims(), { alg: 'HS512' })}`,
      'auth.invalid-token',
    ],
    [
      'an RS256 token from an unknown key',
      async () => {
        const { privateKey } = await generateKeyPair('RS256');
        return `Bearer ${await new SignJWT(claims()).setProtectedHeader({ alg: 'RS256' }).sign(privateKey)}`;
      },
      'auth.invalid-token',
    ],
    [
      'the wrong secret',
      async () =>
        `Bearer ${await sign(claims(), { secret: 'another-secret-long-enough-for-hs256!' })}`,
      'auth.invalid-token',
    ],
    [
      'the development secret',
      async () =>
        `Bearer ${await sign(claims(), { secret: 'lavterskel-development-secret-do-not-use-in-production' })}`,
      'auth.invalid-token',
    ],
    [
      'a tampered payload',
      async () => {
        const [header, , signature] = (await sign(claims())).split('.');
        const payload = Buffer.from(
          JSON.stringify(claims({ roles: ['privacy-officer'] })),
        ).toString('base64url');
        return `Bearer ${header}.${payload}.${signature}`;
      },
      'auth.invalid-token',
    ],
    [
      'an expired token',
      async () => `Bearer ${await sign(claims({ iat: now() - 2 * HOUR, exp: now() - 300 }))}`,
      'auth.invalid-token',
    ],
    [
      'no exp',
      async () => `Bearer ${await sign(claims({ exp: undefined }))}`,
      'auth.invalid-token',
    ],
    [
      'a lifetime beyond the maximum (13 h)',
      async () => `Bearer ${await sign(claims({ exp: now() + 13 * HOUR }))}`,
      'auth.invalid-token',
    ],
    [
      'an old token still valid beyond the maximum lifetime',
      async () => `Bearer ${await sign(claims({ iat: now() - 20 * HOUR, exp: now() + HOUR }))}`,
      'auth.invalid-token',
    ],
    [
      'a future nbf',
      async () => `Bearer ${await sign(claims({ nbf: now() + 600 }))}`,
      'auth.invalid-token',
    ],
    [
      'a future iat',
      async () => `Bearer ${await sign(claims({ iat: now() + 600 }))}`,
      'auth.invalid-token',
    ],
    [
      'the wrong issuer',
      async () => `Bearer ${await sign(claims({ iss: 'https://evil.example' }))}`,
      'auth.invalid-token',
    ],
    [
      'no issuer',
      async () => `Bearer ${await sign(claims({ iss: undefined }))}`,
      'auth.invalid-token',
    ],
    [
      'the wrong audience',
      async () => `Bearer ${await sign(claims({ aud: 'another-api' }))}`,
      'auth.invalid-token',
    ],
    [
      'no tenant',
      async () => `Bearer ${await sign(claims({ tenant: undefined }))}`,
      'auth.invalid-token',
    ],
    [
      'a tenant that is not a kommunenummer',
      async () => `Bearer ${await sign(claims({ tenant: '40O3' }))}`,
      'auth.invalid-token',
    ],
    [
      'no subject',
      async () => `Bearer ${await sign(claims({ sub: undefined }))}`,
      'auth.invalid-token',
    ],
    [
      'roles that are not strings',
      async () => `Bearer ${await sign(claims({ roles: [{ role: 'staff' }] }))}`,
      'auth.invalid-token',
    ],
  ];

  it.each(variants)('refuses %s with 401 problem+json', async (_, token, code) => {
    const response = await call(await token());
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.body.code).toBe(code);
  });

  it('logs why a token was refused, without the token', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      const token = await sign(claims({ exp: undefined }));
      await call(`Bearer ${token}`).expect(401);
      const logged = warn.mock.calls.map(([message]) => String(message));
      expect(logged).toEqual([expect.stringMatching(/Refused an access token .*"exp"/)]);
      expect(logged.join()).not.toContain(token);
    } finally {
      warn.mockRestore();
    }
  });
});
