import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { requestIdFrom } from '@lavterskel/kernel/nest';
import { routeTemplate } from './route-template';

/**
 * One line per request: its id, method, route template, status and duration. Never the URL
 * (a query string may carry a name), headers (tokens), or bodies (national ids, names).
 * The id is the caller's `X-Request-Id` when well-formed, else a new one, and is echoed in
 * the response header (`reqId` in the line); the kernel's request context keeps that id for
 * problem responses and the audit trail.
 */
export function requestLogging(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (request, response) => {
      const id = requestIdFrom(request);
      response.setHeader('X-Request-Id', id);
      return id;
    },
    quietReqLogger: true,
    quietResLogger: true,
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : 'info',
    customSuccessObject: (request, response, { responseTime }) =>
      summary(request, response, responseTime),
    customErrorObject: (request, response, _error, { responseTime }) =>
      summary(request, response, responseTime),
    customSuccessMessage: (request, response) =>
      `${request.method} ${routeTemplate(request)} ${response.statusCode}`,
    customErrorMessage: (request, response) =>
      `${request.method} ${routeTemplate(request)} ${response.statusCode}`,
  });
}

function summary(request: IncomingMessage, response: ServerResponse, durationMs: number) {
  return {
    method: request.method,
    route: routeTemplate(request),
    status: response.statusCode,
    durationMs,
  };
}
