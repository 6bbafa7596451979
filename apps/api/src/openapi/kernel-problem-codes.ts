import { KernelErrorCode } from '@lavterskel/kernel';

interface Parameter {
  name: string;
  in: string;
}

/**
 * The codes the kernel (validation, authentication, ids, headers, If-Match, idempotency,
 * rate limits) answers with `status` on an operation with these parameters.
 */
export function kernelProblemCodes(status: number, parameters: readonly Parameter[]): string[] {
  const has = (where: string, name: string) =>
    parameters.some((p) => p.in === where && p.name.toLowerCase() === name.toLowerCase());
  switch (status) {
    case 400:
      return [
        'validation-failed',
        ...(parameters.some((p) => p.in === 'path') || has('header', 'Idempotency-Key')
          ? [KernelErrorCode.InvalidId]
          : []),
        ...(has('query', 'cursor') ? [KernelErrorCode.InvalidCursor] : []),
        ...(has('header', 'X-Break-Glass-Reason')
          ? [KernelErrorCode.BreakGlassReasonTooShort, KernelErrorCode.InvalidHeader]
          : []),
      ];
    case 401:
      return ['auth.missing-token', 'auth.invalid-token'];
    case 403:
      return ['auth.forbidden'];
    case 404:
      return [KernelErrorCode.NotFound];
    case 412:
      return [KernelErrorCode.ConcurrentModification];
    case 422:
      return has('header', 'Idempotency-Key') ? [KernelErrorCode.IdempotencyKeyReused] : [];
    case 428:
      return [KernelErrorCode.PreconditionRequired];
    case 429:
      return [KernelErrorCode.RateLimited];
    case 503:
      return ['health.not-ready'];
    default:
      return [];
  }
}
