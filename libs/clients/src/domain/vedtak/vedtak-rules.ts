import { text } from '../shared/text';
import type { Violations } from '../shared/violations';
import { MAX_HOURS_PER_WEEK } from './vedtak';
import { isCalendarDay } from '@lavterskel/kernel';

export const MAX_SERVICE_LENGTH = 200;
export const MAX_REFERENCE_LENGTH = 100;

export interface VedtakTerms {
  reference: string | null;
  service: string;
  hoursPerWeek: number;
  decidedOn: string;
  validFrom: string;
  validTo: string | null;
}

/**
 * CL-7's rules, each broken one added to `violations`: a named service, hours in quarter hours
 * up to a whole week, a decision that has been made, and a validity that does not end before it starts.
 */
export function validateVedtakTerms(
  terms: VedtakTerms,
  context: { today: string },
  violations: Violations,
): VedtakTerms {
  const service = text(terms.service) ?? '';
  const reference = text(terms.reference);
  if (service === '') violations.add('service', 'required', 'must name the service granted');
  violations
    .maxLength('service', service, MAX_SERVICE_LENGTH)
    .maxLength('reference', reference, MAX_REFERENCE_LENGTH);
  if (!(
    terms.hoursPerWeek > 0 &&
    terms.hoursPerWeek <= MAX_HOURS_PER_WEEK &&
    Number.isInteger(terms.hoursPerWeek * 4)
  )) {
    violations.add(
      'hoursPerWeek',
      'quarter-hours',
      `must be more than 0 and at most ${MAX_HOURS_PER_WEEK}, in quarter hours`,
    );
  }
  const dates = { decidedOn: terms.decidedOn, validFrom: terms.validFrom, validTo: terms.validTo };
  for (const [field, value] of Object.entries(dates)) {
    if (value !== null && !isCalendarDay(value))
      violations.add(field, 'calendar-date', 'must be a real date, YYYY-MM-DD');
  }
  if (isCalendarDay(terms.decidedOn) && terms.decidedOn > context.today) {
    violations.add('decidedOn', 'not-in-future', 'must not be in the future');
  }
  if (
    terms.validTo !== null &&
    isCalendarDay(terms.validTo) &&
    isCalendarDay(terms.validFrom) &&
    terms.validTo < terms.validFrom
  ) {
    violations.add('validTo', 'not-before-valid-from', 'must not be before validFrom');
  }
  return { ...terms, service, reference };
}
