import { EMAIL_ADDRESS, PHONE_NUMBER, PHONE_NUMBER_MESSAGE } from '../shared/formats';
import { text } from '../shared/text';
import type { Violations } from '../shared/violations';
import type { RelativeDetails } from './relative';

export const MAX_RELATIVE_NAME_LENGTH = 100;
export const MAX_RELATIVE_NOTE_LENGTH = 500;

/** CL-9's rules, each broken one added to `violations`: a name, usable contact details, no role twice. */
export function validateRelative(
  details: RelativeDetails,
  violations: Violations,
): RelativeDetails {
  const name = text(details.name) ?? '';
  const phone = text(details.phone);
  const email = text(details.email);
  const note = text(details.note);
  if (name === '') violations.add('name', 'required', 'must name the person');
  if (phone !== null && !PHONE_NUMBER.test(phone))
    violations.add('phone', 'phone-number', PHONE_NUMBER_MESSAGE);
  if (email !== null && !EMAIL_ADDRESS.test(email))
    violations.add('email', 'email', 'must be an e-mail address');
  if (new Set(details.roles).size !== details.roles.length)
    violations.add('roles', 'unique-items', 'must not name a role twice');
  violations
    .maxLength('name', name, MAX_RELATIVE_NAME_LENGTH)
    .maxLength('note', note, MAX_RELATIVE_NOTE_LENGTH)
    .maxLength('email', email, 200);
  return { name, relationship: details.relationship, roles: details.roles, phone, email, note };
}
