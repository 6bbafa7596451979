import type { ArgumentsHost } from '@nestjs/common';
import type { FieldViolation } from '../../domain/domain-error';
import { isAuditedRefusal, RECORD_REFUSAL, type RefusableRequest } from '../audit/refusal-audit';
import { PROBLEM_CONTENT_TYPE, problemType, type ProblemDetails } from './problem-details';

interface HttpRequestLike extends RefusableRequest {
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

/**
 * Writes `body` as `application/problem+json` to the HTTP response of `host`. A 403 or 404 to an
 * authenticated caller is audited first (see `RefusalAuditMiddleware`), so the row exists by the
 * time the caller sees the answer.
 */
export function sendProblem(host: ArgumentsHost, body: ProblemBody): void {
  const http = host.switchToHttp();
  const request = http.getRequest<HttpRequestLike>();
  const response = http.getResponse<HttpResponseLike>();
  const recordRefusal = request[RECORD_REFUSAL];
  if (recordRefusal && request.actor && isAuditedRefusal(body.status)) {
    void recordRefusal({ status: body.status, code: body.code }).finally(() =>
      writeProblem(request, response, body),
    );
    return;
  }
  writeProblem(request, response, body);
}

function writeProblem(
  request: HttpRequestLike,
  response: HttpResponseLike,
  body: ProblemBody,
): void {
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
