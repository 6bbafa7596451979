import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { KernelError, KernelErrorCode } from '../../domain/kernel-error';
import { expectedVersion } from '../../domain/versioning';
import { textViolation } from '../problem/input-bounds';

type HeaderRequest = { headers: Record<string, string | string[] | undefined> };

function header(context: ExecutionContext, name: string): string | undefined {
  const value = context.switchToHttp().getRequest<HeaderRequest>().headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The record version the caller's `If-Match` expects; 428 when missing, 412 when not one of ours. */
export const IfMatchVersion = createParamDecorator(
  (_: unknown, context: ExecutionContext): number => expectedVersion(header(context, 'if-match')),
);

export const BREAK_GLASS_HEADER = 'X-Break-Glass-Reason';

const RFC_8187_UTF8 = /^UTF-8''/i;

/**
 * A header's text: plain ASCII as sent, or RFC 8187 `UTF-8''<percent-encoded>` for anything
 * else (HTTP headers cannot carry æ, ø, å as they are).
 */
export function decodeHeaderText(value: string, field: string): string {
  if (!RFC_8187_UTF8.test(value)) return value;
  let text: string;
  try {
    text = decodeURIComponent(value.replace(RFC_8187_UTF8, ''));
  } catch {
    throw new KernelError(KernelErrorCode.InvalidHeader, `${field} is not valid RFC 8187 text.`, [
      {
        field,
        rule: 'rfc8187',
        message: "must be ASCII, or UTF-8'' followed by percent-encoded UTF-8",
      },
    ]);
  }
  const violation = textViolation(text, field);
  if (violation)
    throw new KernelError(KernelErrorCode.InvalidHeader, `${field} ${violation.message}.`, [
      violation,
    ]);
  return text;
}

/** The written reason in `X-Break-Glass-Reason`, for opening a record without a care relation. */
export const BreakGlassReason = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined => {
    const value = header(context, BREAK_GLASS_HEADER.toLowerCase());
    return value === undefined ? undefined : decodeHeaderText(value, BREAK_GLASS_HEADER);
  },
);
