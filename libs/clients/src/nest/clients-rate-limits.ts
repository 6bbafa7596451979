import type { RateLimitRule } from '@lavterskel/kernel/nest';

/** Name of the limit on the public simple-application form, per client IP address. */
export const APPLICATION_THROTTLER = 'clients-applications';
/** Name of the limit on client search and national-id lookup, per token subject. */
export const CLIENT_SEARCH_THROTTLER = 'clients-search';

/** A limit per caller: at most `limit` requests in each window of `ttlMs`. */
export interface ApplicationRateLimit {
  /** Requests accepted from one caller per window. */
  limit: number;
  /** Window length in milliseconds. */
  ttlMs: number;
}

export const DEFAULT_APPLICATION_RATE_LIMIT: ApplicationRateLimit = {
  limit: 20,
  ttlMs: 60 * 60 * 1000,
};

/** Generous for a person at work, too few to walk the register by national id. */
export const DEFAULT_CLIENT_SEARCH_RATE_LIMIT: ApplicationRateLimit = {
  limit: 120,
  ttlMs: 60 * 1000,
};

/** The library's limits, counted in the kernel's shared storage (`@RateLimited` on the routes). */
export function clientsRateLimits(limits: {
  application?: ApplicationRateLimit;
  search?: ApplicationRateLimit;
}): RateLimitRule[] {
  return [
    { name: APPLICATION_THROTTLER, ...(limits.application ?? DEFAULT_APPLICATION_RATE_LIMIT) },
    { name: CLIENT_SEARCH_THROTTLER, ...(limits.search ?? DEFAULT_CLIENT_SEARCH_RATE_LIMIT) },
  ];
}
