import { createHash } from 'node:crypto';

/**
 * Verified tokens' results, so that a token sent with every request is checked once: a bounded
 * LRU keyed by the token's SHA-256 (the token itself is never kept), each entry dropped at its
 * expiry. Only successes are stored: a refused token is checked afresh every time.
 */
export class VerifiedTokenCache<T> {
  private readonly entries = new Map<string, { value: T; expiresAtMs: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1)
      throw new Error('the verified-token cache needs room for at least one entry');
  }

  get size(): number {
    return this.entries.size;
  }

  get(token: string): T | undefined {
    const key = keyOf(token);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (this.now() >= entry.expiresAtMs) return undefined;
    this.entries.set(key, entry); // now the most recently used
    return entry.value;
  }

  /** Keeps `value` until `expiresAtMs` (the token's `exp`), evicting the least recently used entry when full. */
  set(token: string, value: T, expiresAtMs: number): void {
    if (this.now() >= expiresAtMs) return;
    const key = keyOf(token);
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAtMs });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}

function keyOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
