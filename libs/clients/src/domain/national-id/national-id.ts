import { isRealDate } from '@lavterskel/kernel';

/**
 * Norwegian national identity numbers (CL-1): the fødselsnummer and the D-nummer, 11 digits
 * `DDMMYY` + a three-digit individual number + two mod-11 check digits.
 *
 * Deliberately not read from a number: gender and century. The individual number will stop
 * carrying them when the 2032 scheme starts, so a validator that derives them would be wrong.
 */
export type NationalIdKind = 'fodselsnummer' | 'd-nummer';

export interface NationalId {
  readonly value: string;
  readonly kind: NationalIdKind;
  /** A synthetic test number (Skatteetaten's Tenor: month + 80; NAV's older scheme: month + 40). */
  readonly synthetic: boolean;
}

/** The rule a refused number broke; also the `rule` of the field violation. */
export type NationalIdRule = 'format' | 'date' | 'check-digits' | 'synthetic-refused';

export type NationalIdCheck =
  | { readonly valid: true; readonly nationalId: NationalId }
  | { readonly valid: false; readonly rule: NationalIdRule; readonly message: string };

export interface NationalIdPolicy {
  /** Accept synthetic test numbers: test environments only. */
  readonly acceptSynthetic: boolean;
}

const FIRST_CHECK_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const SECOND_CHECK_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/**
 * Remainders of the first check sum that are valid. Until 2031 only 0; from 1 January 2032
 * Skatteetaten also issues numbers whose remainder is 1, 2 or 3, and both kinds stay valid.
 */
export const VALID_FIRST_CHECK_REMAINDERS: readonly number[] = [0, 1, 2, 3];

/** Weighted digit sum mod 11: the first check uses digits 1–10, the second digits 1–11. */
export function checkRemainder(digits: readonly number[], check: 'first' | 'second'): number {
  const weights = check === 'first' ? FIRST_CHECK_WEIGHTS : SECOND_CHECK_WEIGHTS;
  return weights.reduce((sum, weight, index) => sum + weight * (digits[index] ?? 0), 0) % 11;
}

const refused = (rule: NationalIdRule, message: string): NationalIdCheck => ({
  valid: false,
  rule,
  message,
});

/** Checks a fødselsnummer or D-nummer: format, a real date, both check digits, the synthetic policy. */
export function checkNationalId(value: string, policy: NationalIdPolicy): NationalIdCheck {
  if (!/^\d{11}$/.test(value)) return refused('format', 'must be 11 digits');
  const digits = [...value].map(Number);
  const day = Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const year = Number(value.slice(4, 6));

  const kind: NationalIdKind = day > 40 ? 'd-nummer' : 'fodselsnummer';
  const realDay = kind === 'd-nummer' ? day - 40 : day;
  const synthetic = month > 40;
  const realMonth = month > 80 ? month - 80 : month > 40 ? month - 40 : month;
  // The century is unknown, so 29 February is real when it is in either century in use.
  if (
    !isRealDate(1900 + year, realMonth, realDay) &&
    !isRealDate(2000 + year, realMonth, realDay)
  ) {
    return refused('date', 'must start with a real date: DDMMYY (D-nummer: day + 40)');
  }
  if (
    !VALID_FIRST_CHECK_REMAINDERS.includes(checkRemainder(digits, 'first')) ||
    checkRemainder(digits, 'second') !== 0
  ) {
    return refused('check-digits', 'has check digits that do not match (mod 11)');
  }
  if (synthetic && !policy.acceptSynthetic) {
    return refused(
      'synthetic-refused',
      'is a synthetic test number, accepted in test environments only',
    );
  }
  return { valid: true, nationalId: { value, kind, synthetic } };
}
