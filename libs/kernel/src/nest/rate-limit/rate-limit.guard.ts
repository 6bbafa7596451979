import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Actor } from '../../domain/actor';
import { KernelError, KernelErrorCode } from '../../domain/kernel-error';

interface ThrottledRequest {
  actor?: Actor;
  ip?: string;
}
interface ThrottledResponse {
  setHeader(name: string, value: string): void;
}

/**
 * `ThrottlerGuard` with Lavterskel's answers: limits count per subject (tenant and token
 * `sub`) when the route is authenticated, else per client IP (honouring `trust proxy`); a
 * refusal is a `kernel.rate-limited` problem with a standard `Retry-After` in seconds.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const { actor } = request as ThrottledRequest;
    if (actor) return `subject:${actor.tenantId}:${actor.subject}`;
    return `ip:${await super.getTracker(request)}`;
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const response = context.switchToHttp().getResponse<ThrottledResponse>();
    response.setHeader('Retry-After', String(Math.max(1, detail.timeToBlockExpire)));
    throw new KernelError(
      KernelErrorCode.RateLimited,
      'Too many requests; try again after the time in Retry-After.',
    );
  }
}
