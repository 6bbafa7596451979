import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { ProblemDetailsDto } from './problem-details.dto';

/** Documents one problem+json error response. */
export function ApiProblemResponse(status: number, description = STATUS_CODES[status]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsDto),
    ApiResponse({
      status,
      description,
      content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
    }),
  );
}

/** Documents the problem+json error responses a route can give, e.g. `@ApiProblemResponses(400, 404, 409)`. */
export function ApiProblemResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(...statuses.map((status) => ApiProblemResponse(status)));
}
