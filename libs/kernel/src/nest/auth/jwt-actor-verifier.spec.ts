import { SignJWT } from 'jose';
import { signDevelopmentToken } from './development-token';
import { JwtActorVerifier } from './jwt-actor-verifier';

const secret = 'a-test-secret-that-is-long-enough-for-hs256';

describe('JwtActorVerifier remembers verified tokens', () => {
  let now: number;
  const verifier = (maxEntries = 10) =>
    new JwtActorVerifier({ secret }, { maxEntries, now: () => now });
  const token = (subject: string) =>
    signDevelopmentToken({ secret, tenant: '4003', subject, roles: ['staff'], expiresIn: '1h' });

  beforeEach(() => {
    now = Date.now();
  });

  it('reads the actor of each token, shared between requests and so unchangeable', async () => {
    const tokens = verifier();
    const nurse = await tokens.verify(await token('nurse-a'));
    expect(nurse).toMatchObject({ subject: 'nurse-a', tenantId: '4003', roles: ['staff'] });
    expect(await tokens.verify(await token('nurse-b'))).toMatchObject({ subject: 'nurse-b' });
    expect(Object.isFrozen(nurse) && Object.isFrozen(nurse.roles)).toBe(true);
  });

  it('returns the very same actor for the same token until the token expires', async () => {
    const tokens = verifier();
    const jwt = await token('nurse-a');
    const first = await tokens.verify(jwt);
    expect(await tokens.verify(jwt)).toBe(first);
    now += 60 * 60 * 1000; // the token's exp, by the cache's clock
    const afterExpiry = await tokens.verify(jwt);
    expect(afterExpiry).not.toBe(first);
    expect(afterExpiry).toEqual(first);
  });

  it('keeps no more tokens than its bound', async () => {
    const tokens = verifier(1);
    const a = await token('nurse-a');
    const first = await tokens.verify(a);
    await tokens.verify(await token('nurse-b'));
    expect(await tokens.verify(a)).not.toBe(first);
  });

  it('never caches a refusal: a bad token is refused every time', async () => {
    const tokens = verifier();
    const forged = await signDevelopmentToken({
      secret: 'another-secret-of-sufficient-length-xyz',
      tenant: '4003',
      subject: 'nurse-a',
    });
    await expect(tokens.verify(forged)).rejects.toThrow();
    await expect(tokens.verify(forged)).rejects.toThrow();
  });

  it('refuses an expired token even when the same token was verified before', async () => {
    const tokens = verifier();
    const issued = Math.floor(Date.now() / 1000);
    const shortLived = await new SignJWT({ tenant: '4003' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('nurse-a')
      .setIssuedAt(issued)
      .setExpirationTime(issued + 30)
      .sign(new TextEncoder().encode(secret));
    await tokens.verify(shortLived);
    now += 30_000; // the cache lets go at exp; jose's real clock still accepts it within the skew
    jest.useFakeTimers({ now: (issued + 30 + 61) * 1000, doNotFake: ['nextTick', 'setImmediate'] });
    try {
      await expect(tokens.verify(shortLived)).rejects.toThrow(/exp/);
    } finally {
      jest.useRealTimers();
    }
  });
});
