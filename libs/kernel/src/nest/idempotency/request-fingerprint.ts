import { createHash } from 'node:crypto';

/** Identifies a request by what it asks for: the same key must come with the same request. */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${path}\n${JSON.stringify(body ?? null)}`).digest('hex');
}
