import { randomUUID } from 'node:crypto';

const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Keeps a caller's `X-Request-Id` when it is safe to log, otherwise makes one. An id that an
 * earlier middleware of the host (its request logger) gave the request by this same rule is kept.
 */
export function requestIdFrom(request: {
  id?: unknown;
  headers: Record<string, string | string[] | undefined>;
}): string {
  if (typeof request.id === 'string' && SAFE_REQUEST_ID.test(request.id)) return request.id;
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}
