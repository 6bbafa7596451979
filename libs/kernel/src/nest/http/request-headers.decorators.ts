import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { expectedVersion } from '../../domain/versioning';

type HeaderRequest = { headers: Record<string, string | string[] | undefined> };

function header(context: ExecutionContext, name: string): string | undefined {
  const value = context.switchToHttp().getRequest<HeaderRequest>().headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The record version the caller's `If-Match` expects; 428 when missing, 412 when not one of ours. */
export const IfMatchVersion = createParamDecorator((_: unknown, context: ExecutionContext): number =>
  expectedVersion(header(context, 'if-match')),
);

export const BREAK_GLASS_HEADER = 'X-Break-Glass-Reason';

/** The written reason in `X-Break-Glass-Reason`, for opening a record without a care relation. */
export const BreakGlassReason = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined =>
  header(context, BREAK_GLASS_HEADER.toLowerCase()),
);
