import type { ArgumentsHost } from '@nestjs/common';
import type { FieldViolation } from '../../domain/domain-error';
import { PROBLEM_CONTENT_TYPE, problemType, type ProblemDetails } from './problem-details';

interface HttpRequestLike {
  originalUrl?: string;
  url?: string;
  id?: string;
}
interface HttpResponseLike {
  status(code: number): HttpResponseLike;
  setHeader(name: string, value: string): void;
  json(body: unknown): void;
}

/** A problem lists at most this many violations (and counts them all): a 100 000-item body must not give a 15 MB answer. */
export const MAX_PROBLEM_ERRORS = 20;

export interface ProblemBody {
  status: number;
  code: string;
  title: string;
  detail?: string;
  errors?: readonly FieldViolation[];
  extensions?: Readonly<Record<string, unknown>>;
}

/** Writes `body` as `application/problem+json` to the HTTP response of `host`. */
export function sendProblem(host: ArgumentsHost, body: ProblemBody): void {
  const http = host.switchToHttp();
  const request = http.getRequest<HttpRequestLike>();
  const response = http.getResponse<HttpResponseLike>();
  const problem: ProblemDetails = {
    ...body.extensions,
    type: problemType(body.code),
    title: body.title,
    status: body.status,
    code: body.code,
    ...(body.detail ? { detail: body.detail } : {}),
    instance: request.originalUrl ?? request.url,
    ...(request.id ? { requestId: request.id } : {}),
    ...(body.errors?.length ? { errors: body.errors.slice(0, MAX_PROBLEM_ERRORS) } : {}),
    ...(body.errors && body.errors.length > MAX_PROBLEM_ERRORS
      ? { errorCount: body.errors.length }
      : {}),
  };
  response.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
  if (body.status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
  response.status(body.status).json(problem);
}
