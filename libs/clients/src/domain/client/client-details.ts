import {
  checkNationalId,
  type NationalIdKind,
  type NationalIdPolicy,
} from '../national-id/national-id';
import {
  EMAIL_ADDRESS,
  LANGUAGE_TAG,
  LANGUAGE_TAG_MESSAGE,
  PHONE_NUMBER,
  PHONE_NUMBER_MESSAGE,
} from '../shared/formats';
import { text } from '../shared/text';
import type { Violations } from '../shared/violations';
import type { ClientDetails, ContactChannel } from './client';
import { isCalendarDay } from '@lavterskel/kernel';

export const MAX_NAME_LENGTH = 100;
export const MAX_ALIAS_LENGTH = 60;
export const MAX_CONTACT_CHANNELS = 10;
export const MAX_CONTACT_VALUE_LENGTH = 200;
export const EARLIEST_BIRTH_YEAR = 1900;

export interface ClientDetailsContext {
  /** Today's Oslo date, `YYYY-MM-DD`: birth dates may not be later. */
  today: string;
  nationalIds: NationalIdPolicy;
}

export interface ValidClientDetails {
  details: ClientDetails;
  nationalIdKind: NationalIdKind | null;
}

/**
 * The rules of CL-1, each broken one added to `violations`: a valid national id with a name, or
 * an alias with a birth year; a birth date that has happened; contact channels that can be used.
 * Text is trimmed, blank text becomes null, and spaces inside a national id are dropped.
 */
export function validateClientDetails(
  input: ClientDetails,
  context: ClientDetailsContext,
  violations: Violations,
): ValidClientDetails {
  const details = normalise(input);
  let nationalIdKind: NationalIdKind | null = null;

  if (details.nationalId !== null) {
    const check = checkNationalId(details.nationalId, context.nationalIds);
    if (check.valid) nationalIdKind = check.nationalId.kind;
    else violations.add('nationalId', check.rule, check.message);
    if (details.givenName === null)
      violations.add(
        'givenName',
        'required-with-national-id',
        'is required for a client identified by national id',
      );
    if (details.familyName === null)
      violations.add(
        'familyName',
        'required-with-national-id',
        'is required for a client identified by national id',
      );
  } else {
    if (details.alias === null)
      violations.add(
        'alias',
        'required-without-national-id',
        'is required for a pseudonymous client (alias and birth year)',
      );
    if (details.birthYear === null)
      violations.add(
        'birthYear',
        'required-without-national-id',
        'is required for a pseudonymous client (alias and birth year)',
      );
  }
  violations
    .maxLength('givenName', details.givenName, MAX_NAME_LENGTH)
    .maxLength('familyName', details.familyName, MAX_NAME_LENGTH)
    .maxLength('alias', details.alias, MAX_ALIAS_LENGTH);

  checkBirth(details, context.today, violations);
  checkContactChannels(details.contactChannels, violations);
  if (details.preferredLanguage !== null && !LANGUAGE_TAG.test(details.preferredLanguage)) {
    violations.add('preferredLanguage', 'language-tag', LANGUAGE_TAG_MESSAGE);
  }
  return { details, nationalIdKind };
}

function checkBirth(details: ClientDetails, today: string, violations: Violations): void {
  const thisYear = Number(today.slice(0, 4));
  if (
    details.birthYear !== null &&
    (!Number.isInteger(details.birthYear) ||
      details.birthYear < EARLIEST_BIRTH_YEAR ||
      details.birthYear > thisYear)
  ) {
    violations.add(
      'birthYear',
      'range',
      `must be a year from ${EARLIEST_BIRTH_YEAR} to ${thisYear}`,
    );
  }
  if (details.birthDate === null) return;
  if (!isCalendarDay(details.birthDate)) {
    violations.add('birthDate', 'calendar-date', 'must be a real date, YYYY-MM-DD');
  } else if (details.birthDate > today) {
    violations.add('birthDate', 'not-in-future', 'must not be in the future');
  } else if (Number(details.birthDate.slice(0, 4)) < EARLIEST_BIRTH_YEAR) {
    violations.add('birthDate', 'range', `must be in ${EARLIEST_BIRTH_YEAR} or later`);
  } else if (
    details.birthYear !== null &&
    Number(details.birthDate.slice(0, 4)) !== details.birthYear
  ) {
    violations.add('birthYear', 'matches-birth-date', 'must be the year of birthDate');
  }
}

function checkContactChannels(channels: readonly ContactChannel[], violations: Violations): void {
  if (channels.length > MAX_CONTACT_CHANNELS) {
    violations.add(
      'contactChannels',
      'max-items',
      `must hold at most ${MAX_CONTACT_CHANNELS} channels`,
    );
  }
  channels.forEach((channel, index) => {
    const field = `contactChannels[${index}]`;
    violations
      .maxLength(`${field}.value`, channel.value, MAX_CONTACT_VALUE_LENGTH)
      .maxLength(`${field}.note`, channel.note, MAX_CONTACT_VALUE_LENGTH);
    if (channel.value === '') violations.add(`${field}.value`, 'required', 'must not be empty');
    else if (
      (channel.kind === 'mobile' || channel.kind === 'landline') &&
      !PHONE_NUMBER.test(channel.value)
    ) {
      violations.add(`${field}.value`, 'phone-number', PHONE_NUMBER_MESSAGE);
    } else if (channel.kind === 'email' && !EMAIL_ADDRESS.test(channel.value)) {
      violations.add(`${field}.value`, 'email', 'must be an e-mail address');
    }
  });
}

function normalise(input: ClientDetails): ClientDetails {
  return {
    nationalId: text(input.nationalId)?.replace(/\s+/g, '') ?? null,
    givenName: text(input.givenName),
    familyName: text(input.familyName),
    alias: text(input.alias),
    birthYear: input.birthYear,
    birthDate: text(input.birthDate),
    contactChannels: input.contactChannels.map((channel) => ({
      kind: channel.kind,
      value: channel.value.trim(),
      note: text(channel.note),
    })),
    preferredLanguage: text(input.preferredLanguage),
    interpreterNeeded: input.interpreterNeeded,
  };
}

/** True when the client has a phone they can be called on. */
export function hasPhone(channels: readonly ContactChannel[]): boolean {
  return channels.some((channel) => channel.kind === 'mobile' || channel.kind === 'landline');
}
