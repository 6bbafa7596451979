import { ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { isCalendarDay } from '@lavterskel/kernel';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A calendar day `YYYY-MM-DD` that exists. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: isCalendarDay,
        defaultMessage: () => '$property must be a date YYYY-MM-DD',
      },
    },
    options,
  );
}

/** An ISO 8601 instant with an offset, e.g. `2026-11-23T09:15:00+01:00`. */
export function IsTimestamp(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTimestamp',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)),
        defaultMessage: () =>
          '$property must be an ISO 8601 timestamp with an offset, e.g. 2026-11-23T09:15:00+01:00',
      },
    },
    options,
  );
}

/**
 * For PATCH bodies: a left-out property is not validated, but `null` is (and refused unless the
 * property allows it), so `{"name": null}` is a 400, not a crash.
 */
export function IsOmittable(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object, value: unknown) => value !== undefined, options);
}
