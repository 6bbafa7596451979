import type { DynamicModule } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';

/** Name of the throttler that limits the public simple-application form per IP address. */
export const APPLICATION_THROTTLER = 'clients-applications';

/** The public form's limit per client IP address. */
export interface ApplicationRateLimit {
  /** Applications accepted from one IP address per window. */
  limit: number;
  /** Window length in milliseconds. */
  ttlMs: number;
}

export const DEFAULT_APPLICATION_RATE_LIMIT: ApplicationRateLimit = {
  limit: 20,
  ttlMs: 60 * 60 * 1000,
};

/** The throttler behind the form's `ThrottlerGuard` (CL-2); no other route uses the guard. */
export function applicationThrottler(rateLimit: ApplicationRateLimit): DynamicModule {
  return ThrottlerModule.forRoot({
    throttlers: [{ name: APPLICATION_THROTTLER, limit: rateLimit.limit, ttl: rateLimit.ttlMs }],
  });
}
