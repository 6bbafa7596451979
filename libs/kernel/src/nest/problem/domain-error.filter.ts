import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { DomainError } from '../../domain/domain-error';
import { sendProblem } from './problem-response';

/**
 * Base of each library's exception filter. A library subclasses it with
 * `@Catch(ConsentError)` and maps every code to a status in an exhaustive `switch`.
 */
export abstract class DomainErrorFilter<E extends DomainError> implements ExceptionFilter<E> {
  protected abstract status(code: E['code']): number;

  /** A short, human title per code; defaults to the error's message. */
  protected title(error: E): string {
    return error.message;
  }

  catch(error: E, host: ArgumentsHost): void {
    sendProblem(host, {
      status: this.status(error.code),
      code: error.code,
      title: this.title(error),
      detail: error.message,
      errors: error.violations,
      extensions: error.details,
    });
  }
}

/** Compile-time proof that a `switch` handled every code. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled error code: ${String(value)}`);
}
