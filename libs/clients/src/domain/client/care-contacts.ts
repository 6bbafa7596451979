import { text } from '../shared/text';
import type { Violations } from '../shared/violations';

/** Staff are named by their subject (the token's `sub`), the id need-to-know checks use. */
export const MAX_STAFF_SUBJECT_LENGTH = 200;

/** The client's primary and back-up contact (CL-4). */
export interface CareContacts {
  readonly primaryContact: string;
  readonly backupContact: string | null;
}

/** A primary contact, and a back-up who is someone else: each broken rule is added to `violations`. */
export function validateCareContacts(input: CareContacts, violations: Violations): CareContacts {
  const primaryContact = text(input.primaryContact) ?? '';
  const backupContact = text(input.backupContact);
  if (primaryContact === '')
    violations.add('primaryContact', 'required', 'must name a staff member');
  violations
    .maxLength('primaryContact', primaryContact, MAX_STAFF_SUBJECT_LENGTH)
    .maxLength('backupContact', backupContact, MAX_STAFF_SUBJECT_LENGTH);
  if (backupContact !== null && backupContact === primaryContact) {
    violations.add(
      'backupContact',
      'differs-from-primary',
      'must be another staff member than the primary contact',
    );
  }
  return { primaryContact, backupContact };
}
