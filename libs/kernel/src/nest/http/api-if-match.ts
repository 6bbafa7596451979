import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ApiProblemResponse } from '../problem/api-problem-responses';

/** Documents `If-Match` on an update of a versioned record: 428 without it, 412 when stale. */
export function ApiIfMatch(): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'If-Match',
      required: true,
      description: 'The ETag of the version you read.',
      example: '"3"',
    }),
    ApiProblemResponse(412, 'The record changed since you read it: read it again and retry.'),
    ApiProblemResponse(428, 'Send If-Match with the ETag you read.'),
  );
}
