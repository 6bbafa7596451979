import { VerifiedTokenCache } from './verified-token-cache';

describe('VerifiedTokenCache', () => {
  let now: number;
  const cache = (maxEntries: number) => new VerifiedTokenCache<string>(maxEntries, () => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('answers a stored token until its expiry, and not from the expiry on', () => {
    const tokens = cache(10);
    tokens.set('token-a', 'actor-a', now + 5_000);
    now += 4_999;
    expect(tokens.get('token-a')).toBe('actor-a');
    now += 1;
    expect(tokens.get('token-a')).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('does not store a token that has already expired', () => {
    const tokens = cache(10);
    tokens.set('token-a', 'actor-a', now);
    expect(tokens.get('token-a')).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('holds at most its bound, evicting the least recently used token', () => {
    const tokens = cache(2);
    tokens.set('token-a', 'actor-a', now + 60_000);
    tokens.set('token-b', 'actor-b', now + 60_000);
    expect(tokens.get('token-a')).toBe('actor-a'); // b is now the least recently used
    tokens.set('token-c', 'actor-c', now + 60_000);
    expect(tokens.size).toBe(2);
    expect(tokens.get('token-b')).toBeUndefined();
    expect(tokens.get('token-a')).toBe('actor-a');
    expect(tokens.get('token-c')).toBe('actor-c');
  });

  it('tells tokens apart that differ in one character', () => {
    const tokens = cache(10);
    tokens.set('token-a', 'actor-a', now + 60_000);
    expect(tokens.get('token-b')).toBeUndefined();
  });

  it('refuses a bound below one', () => {
    expect(() => cache(0)).toThrow(/at least one entry/);
  });
});
