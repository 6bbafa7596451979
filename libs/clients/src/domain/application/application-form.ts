import { isTenantId, type TenantId } from '@lavterskel/kernel';
import {
  LANGUAGE_TAG,
  LANGUAGE_TAG_MESSAGE,
  PHONE_NUMBER,
  PHONE_NUMBER_MESSAGE,
} from '../shared/formats';
import { text } from '../shared/text';
import type { Violations } from '../shared/violations';
import type { UrgencyAnswers } from './application';

export const MAX_APPLICANT_NAME_LENGTH = 100;
export const MAX_MEETING_PLACE_LENGTH = 200;
export const MAX_HELP_WANTED_LENGTH = 2000;

/** What the public form sends: only what is needed to reach the person and judge urgency. */
export interface ApplicationForm {
  /** The kommunenummer of the municipality the application is sent to. */
  municipality: string;
  name: string;
  phone: string | null;
  meetingPlace: string | null;
  helpWanted: string;
  preferredLanguage: string | null;
  answers: UrgencyAnswers;
}

export interface ValidApplicationForm extends Omit<ApplicationForm, 'municipality'> {
  tenantId: TenantId;
}

/** CL-2's rules for the form, each broken one added to `violations`. */
export function validateApplicationForm(
  form: ApplicationForm,
  violations: Violations,
): ValidApplicationForm {
  const name = text(form.name) ?? '';
  const phone = text(form.phone);
  const meetingPlace = text(form.meetingPlace);
  const helpWanted = text(form.helpWanted) ?? '';
  const preferredLanguage = text(form.preferredLanguage);

  if (!isTenantId(form.municipality)) {
    violations.add(
      'municipality',
      'kommunenummer',
      'must be the 4-digit kommunenummer of the municipality, e.g. "4003"',
    );
  }
  if (name === '')
    violations.add('name', 'required', 'must give a name or an alias we may call you by');
  if (helpWanted === '')
    violations.add('helpWanted', 'required', 'must say what you want help with');
  if (phone === null && meetingPlace === null) {
    violations.add(
      'phone',
      'phone-or-meeting-place',
      'must give a phone number or a place where we can meet you',
    );
  }
  if (phone !== null && !PHONE_NUMBER.test(phone))
    violations.add('phone', 'phone-number', PHONE_NUMBER_MESSAGE);
  if (preferredLanguage !== null && !LANGUAGE_TAG.test(preferredLanguage)) {
    violations.add('preferredLanguage', 'language-tag', LANGUAGE_TAG_MESSAGE);
  }
  violations
    .maxLength('name', name, MAX_APPLICANT_NAME_LENGTH)
    .maxLength('meetingPlace', meetingPlace, MAX_MEETING_PLACE_LENGTH)
    .maxLength('helpWanted', helpWanted, MAX_HELP_WANTED_LENGTH);
  return {
    tenantId: form.municipality as TenantId,
    name,
    phone,
    meetingPlace,
    helpWanted,
    preferredLanguage,
    answers: form.answers,
  };
}
