import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { inputBoundsViolation } from './input-bounds';
import { invalidInput } from './input-bounds.middleware';
import type { FieldViolation } from '../../domain/domain-error';
import { ProblemException } from './problem.exception';

/** Flattens class-validator's tree into one violation per broken rule, with a dotted path. */
export function toFieldViolations(
  errors: readonly ValidationError[],
  parent = '',
): FieldViolation[] {
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
  return new BoundedValidationPipe({
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

/** What a BoundedValidationPipe has already checked: the application's global pipe and a library controller's own may both run. */
const validated = new WeakSet<object>();

/**
 * Bounds every body, query and path parameter (NUL, lone surrogates, depth, size) before
 * validating it: path parameters are only known once the route matched, and a host
 * application without `HttpConventionsModule` has no bounds middleware.
 */
class BoundedValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (typeof value === 'object' && value !== null && validated.has(value)) return value;
    if (metadata.type !== 'custom') {
      const root = metadata.data ?? (metadata.type === 'param' ? 'path' : '');
      const violation = inputBoundsViolation(value, root);
      if (violation) throw invalidInput(violation);
    }
    const result = await super.transform(value, metadata);
    if (typeof result === 'object' && result !== null) validated.add(result);
    return result;
  }
}
