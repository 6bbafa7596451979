import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { FieldViolation } from '../../domain/domain-error';
import { inputBoundsViolation } from './input-bounds';
import { ProblemException } from './problem.exception';

interface ParsedRequest {
  body?: unknown;
  query?: unknown;
}

/**
 * Refuses a body or query that is too deep, too large, or not text (NUL, lone surrogates)
 * before guards, interceptors (idempotency hashing) and validation touch it.
 * Path parameters are checked by the validation pipe, once the route has matched.
 */
@Injectable()
export class InputBoundsMiddleware implements NestMiddleware {
  use(request: ParsedRequest, _response: unknown, next: (error?: unknown) => void): void {
    const violation =
      inputBoundsViolation(request.query, '') ?? inputBoundsViolation(request.body, '');
    next(violation ? invalidInput(violation) : undefined);
  }
}

export function invalidInput(violation: FieldViolation): ProblemException {
  return new ProblemException({
    status: 400,
    code: 'validation-failed',
    title: 'The request is not valid',
    detail: 'One or more fields break a rule; see errors.',
    errors: [violation],
  });
}
