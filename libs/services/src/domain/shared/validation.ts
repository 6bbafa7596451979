import type { FieldViolation } from '@lavterskel/kernel';
import { ServicesError, ServicesErrorCode } from '../services-error';
import { isCalendarDay } from '@lavterskel/kernel';

export function violation(field: string, rule: string, message: string): FieldViolation {
  return { field, rule, message };
}

/**
 * Throws one `services.invalid-input` naming every broken rule; `false` entries are rules kept.
 * Use cases call it before writing anything, so nothing is half-saved.
 */
export function assertValid(checks: readonly (FieldViolation | false | undefined)[]): void {
  const violations = checks.filter((check): check is FieldViolation => Boolean(check));
  if (violations.length > 0) {
    throw new ServicesError(
      ServicesErrorCode.InvalidInput,
      'The request breaks a rule; see errors.',
      violations,
    );
  }
}

/** `field` names a record that does not exist in the caller's municipality. */
export function unknownReference(field: string, resource: string): ServicesError {
  return new ServicesError(
    ServicesErrorCode.UnknownReference,
    `No ${resource} with this id in your municipality.`,
    [violation(field, 'exists', `must be the id of a ${resource} in your municipality`)],
  );
}

export function positive(value: number, field: string): FieldViolation | false {
  return (
    !(Number.isFinite(value) && value > 0) && violation(field, 'positive', 'must be greater than 0')
  );
}

export function notBlank(value: string, field: string): FieldViolation | false {
  return value.trim() === '' && violation(field, 'not-blank', 'must not be blank');
}

/** A real calendar day `YYYY-MM-DD` (or an absent optional one). */
export function calendarDate(
  value: string | null | undefined,
  field: string,
): FieldViolation | false {
  return (
    value !== null &&
    value !== undefined &&
    !isCalendarDay(value) &&
    violation(field, 'calendar-date', 'must be a date YYYY-MM-DD')
  );
}
