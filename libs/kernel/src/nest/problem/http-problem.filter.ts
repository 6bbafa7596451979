import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { KernelError } from '../../domain/kernel-error';
import { kernelErrorStatus } from './kernel-error-status';
import { ProblemException } from './problem.exception';
import { sendProblem } from './problem-response';

/**
 * The application-wide filter: kernel errors, HTTP exceptions and anything unexpected
 * become problem+json. Library errors are caught first by each library's own filter
 * on its controllers. Unknown errors are a generic 500 whose details go to the log
 * with the request id, never to the client.
 */
@Catch()
export class HttpProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    if (error instanceof ProblemException) return sendProblem(host, error.problem);
    if (error instanceof KernelError) {
      return sendProblem(host, {
        status: kernelErrorStatus(error.code),
        code: error.code,
        title: error.message,
        detail: error.message,
        errors: error.violations,
        extensions: error.details,
      });
    }
    if (error instanceof HttpException) return sendProblem(host, fromHttpException(error));

    const requestId = host.switchToHttp().getRequest<{ id?: string }>().id;
    const trace = error instanceof Error ? error.stack : String(error);
    this.logger.error(`Unhandled error in request ${requestId ?? '-'}`, trace);
    sendProblem(host, {
      status: 500,
      code: 'internal-error',
      title: 'Internal Server Error',
      detail: 'The server could not complete the request. Quote the requestId when reporting it.',
    });
  }
}

function fromHttpException(error: HttpException) {
  const status = error.getStatus();
  const title = STATUS_CODES[status] ?? 'Error';
  const body = error.getResponse();
  const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
  return {
    status,
    code: `http.${status}`,
    title,
    detail: status < 500 && typeof message === 'string' ? message : undefined,
  };
}
