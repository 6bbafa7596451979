import { UseInterceptors, applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ApiProblemResponse } from '../problem/api-problem-responses';
import { IDEMPOTENCY_KEY_HEADER, IdempotencyInterceptor } from './idempotency.interceptor';

/** A creating POST that honours `Idempotency-Key`: a retry with the same key and body replays the first answer. */
export function Idempotent(): MethodDecorator {
  return applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      description: 'A unique key (e.g. a UUID) per intended creation; a retry with the same key and body returns the first response instead of creating again.',
      example: '5f0c2d7e-2b1c-4a8e-9a3f-6f1d0e7c9b21',
    }),
    ApiProblemResponse(422, 'The Idempotency-Key was already used with a different request.'),
  );
}
