import { randomUUID } from 'node:crypto';

const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Keeps a caller's `X-Request-Id` when it is safe to log, otherwise makes one. */
export function requestIdFrom(request: { headers: Record<string, string | string[] | undefined> }): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}
