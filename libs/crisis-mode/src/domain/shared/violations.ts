import type { FieldViolation } from '@lavterskel/kernel';
import { CrisisModeError, CrisisModeErrorCode } from '../crisis-mode-error';

export function violation(field: string, rule: string, message: string): FieldViolation {
  return { field, rule, message };
}

export type Check = FieldViolation | false | undefined | null;

export function kept(checks: readonly Check[]): FieldViolation[] {
  return checks.filter((check): check is FieldViolation => Boolean(check));
}

/** Throws one `crisis-mode.invalid-input` naming every broken rule, before anything is written. */
export function assertValid(checks: readonly Check[]): void {
  const violations = kept(checks);
  if (violations.length > 0) {
    throw new CrisisModeError(
      CrisisModeErrorCode.InvalidInput,
      'The request breaks a rule; see errors.',
      violations,
    );
  }
}

export function notBlank(value: string | undefined, field: string): Check {
  return (
    (typeof value !== 'string' || value.trim() === '') &&
    violation(field, 'not-blank', 'must not be blank')
  );
}

export function oneOf(value: unknown, allowed: readonly string[], field: string): Check {
  return (
    !(typeof value === 'string' && allowed.includes(value)) &&
    violation(field, 'one-of', `must be one of ${allowed.join(', ')}`)
  );
}

/** A whole number ≥ `min`, or `null` for "no limit". */
export function limit(value: number | null, field: string, min = 1): Check {
  return (
    value !== null &&
    !(Number.isInteger(value) && value >= min) &&
    violation(
      field,
      'whole-number',
      `must be a whole number of at least ${min}, or null for no limit`,
    )
  );
}
