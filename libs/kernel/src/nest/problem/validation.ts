import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldViolation } from '../../domain/domain-error';
import { ProblemException } from './problem.exception';

/** Flattens class-validator's tree into one violation per broken rule, with a dotted path. */
export function toFieldViolations(errors: readonly ValidationError[], parent = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = joinPath(parent, error.property);
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule: rule === 'whitelistValidation' ? 'unknown-property' : rule,
      message: rule === 'whitelistValidation' ? 'is not a known property' : message,
    }));
    return [...own, ...toFieldViolations(error.children ?? [], field)];
  });
}

function joinPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

/**
 * The request validation every Lavterskel endpoint uses: DTOs are transformed,
 * unknown properties are refused, and failures are a 400 problem naming each field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new ProblemException({
        status: 400,
        code: 'validation-failed',
        title: 'The request is not valid',
        detail: 'One or more fields break a rule; see errors.',
        errors: toFieldViolations(errors),
      }),
  });
}
