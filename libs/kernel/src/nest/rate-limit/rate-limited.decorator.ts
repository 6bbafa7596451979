import { SetMetadata, UseGuards, applyDecorators } from '@nestjs/common';
import { ApiProblemResponse } from '../problem/api-problem-responses';
import { RateLimitGuard } from './rate-limit.guard';

/** Metadata key naming the rate limits a route counts against. */
export const RATE_LIMITS_METADATA = 'lavterskel:rate-limits';

/**
 * Counts the route against the named limit (from `rateLimitProviders` in the same module);
 * over it, a 429 `kernel.rate-limited` with `Retry-After`.
 */
export function RateLimited(
  name: string,
  description = 'Too many requests; wait the seconds in `Retry-After`.',
): MethodDecorator {
  return applyDecorators(
    SetMetadata(RATE_LIMITS_METADATA, [name]),
    UseGuards(RateLimitGuard),
    ApiProblemResponse(429, description),
  );
}
