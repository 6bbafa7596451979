import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isCalendarDay } from '@lavterskel/kernel';

/** A calendar day `YYYY-MM-DD` that exists (no 30 February). */
export function IsCalendarDay(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDay',
      validator: {
        validate: isCalendarDay,
        defaultMessage: () => '$property must be a date YYYY-MM-DD',
      },
    },
    options,
  );
}
