import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ApiProblemResponse, BREAK_GLASS_HEADER } from '@lavterskel/kernel/nest';

/** Documents `X-Break-Glass-Reason` on a route that opens one client's record. */
export function ApiBreakGlass(): MethodDecorator {
  return ApiHeader({
    name: BREAK_GLASS_HEADER,
    required: false,
    description:
      'Opens a client you have no care relation to, in an emergency: a written reason (at least 10 characters), audited as break-the-glass. Without it such a client answers 404.',
    example: 'Client found unconscious at the drop-in; need the crisis plan',
  });
}

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
