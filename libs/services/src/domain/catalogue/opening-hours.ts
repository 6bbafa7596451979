import type { FieldViolation } from '@lavterskel/kernel';
import { violation } from '../shared/validation';

/** Open from `opens` to `closes` (Oslo local time, `HH:MM`) on an ISO weekday (1 Monday … 7 Sunday). */
export interface OpeningHours {
  weekday: number;
  opens: string;
  closes: string;
}

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isClockTime(value: string): boolean {
  return CLOCK_TIME.test(value);
}

/** Each interval is a real weekday and time span; intervals of one day do not overlap. */
export function openingHoursViolations(
  hours: readonly OpeningHours[],
  field = 'openingHours',
): FieldViolation[] {
  const violations: FieldViolation[] = [];
  hours.forEach((slot, i) => {
    const at = `${field}[${i}]`;
    if (!(Number.isInteger(slot.weekday) && slot.weekday >= 1 && slot.weekday <= 7)) {
      violations.push(
        violation(`${at}.weekday`, 'iso-weekday', 'must be 1 (Monday) to 7 (Sunday)'),
      );
    }
    if (!isClockTime(slot.opens))
      violations.push(violation(`${at}.opens`, 'clock-time', 'must be HH:MM'));
    if (!isClockTime(slot.closes))
      violations.push(violation(`${at}.closes`, 'clock-time', 'must be HH:MM'));
    else if (isClockTime(slot.opens) && slot.closes <= slot.opens) {
      violations.push(violation(`${at}.closes`, 'after-opens', 'must be later than opens'));
    }
    const clash = hours.findIndex(
      (other, j) =>
        j < i &&
        other.weekday === slot.weekday &&
        other.opens < slot.closes &&
        slot.opens < other.closes,
    );
    if (clash >= 0)
      violations.push(
        violation(at, 'no-overlap', `overlaps ${field}[${clash}] on the same weekday`),
      );
  });
  return violations;
}
