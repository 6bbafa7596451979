/** A phone number as people write it: digits and spaces, optionally a leading +. */
export const PHONE_NUMBER = /^\+?[0-9][0-9 ]{4,19}$/;
export const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A BCP 47 tag of the common shape: a language, then optional subtags (`nb`, `pt-BR`, `sr-Latn`). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const PHONE_NUMBER_MESSAGE =
  'must be a phone number: digits and spaces, optionally starting with +';
export const LANGUAGE_TAG_MESSAGE = 'must be a BCP 47 language tag such as "nb" or "ar"';
