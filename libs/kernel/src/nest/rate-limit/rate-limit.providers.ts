import type { ExecutionContext, InjectionToken, Provider } from '@nestjs/common';
import {
  getOptionsToken,
  getStorageToken,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import { RATE_LIMIT_STORAGE } from '../kernel.tokens';
import { RATE_LIMITS_METADATA } from './rate-limited.decorator';

/** One named limit: at most `limit` requests per caller in each window of `ttlMs`. */
export interface RateLimitRule {
  name: string;
  limit: number;
  ttlMs: number;
}

export interface RateLimitProvidersOptions {
  inject?: InjectionToken[];
  /** The module's limits, e.g. from its own options. */
  useFactory: (...dependencies: never[]) => readonly RateLimitRule[];
}

function routeCountsAgainst(context: ExecutionContext, name: string): boolean {
  const names: unknown = Reflect.getMetadata(RATE_LIMITS_METADATA, context.getHandler());
  return Array.isArray(names) && names.includes(name);
}

/**
 * Providers for a library module whose routes use `@RateLimited(name)`: the module's own
 * throttler options (each limit applies only to the routes that name it) and the kernel's
 * shared PostgreSQL storage. Kept in the module, not a global ThrottlerModule, so libraries
 * never overwrite each other's limits.
 */
export function rateLimitProviders(options: RateLimitProvidersOptions): Provider[] {
  return [
    {
      provide: getOptionsToken(),
      inject: [RATE_LIMIT_STORAGE, ...(options.inject ?? [])],
      useFactory: (
        storage: ThrottlerStorage,
        ...dependencies: never[]
      ): ThrottlerModuleOptions => ({
        storage,
        // The guard sets a standard Retry-After itself; the library's headers carry the limit's name.
        setHeaders: false,
        throttlers: options.useFactory(...dependencies).map((rule) => ({
          name: rule.name,
          limit: rule.limit,
          ttl: rule.ttlMs,
          skipIf: (context: ExecutionContext) => !routeCountsAgainst(context, rule.name),
        })),
      }),
    },
    { provide: getStorageToken(), useExisting: RATE_LIMIT_STORAGE },
  ];
}
