import { checkRemainder, type NationalIdKind } from '../national-id/national-id';

export interface SyntheticNationalIdInput {
  /** Real day of month, 1–31. */
  day: number;
  /** Real month, 1–12. */
  month: number;
  /** Two-digit year, 0–99. */
  year: number;
  /** Individual number, 0–999. */
  individual: number;
  kind?: NationalIdKind;
  /** `tenor`: Skatteetaten (month + 80, the default); `nav`: the older scheme (month + 40). */
  scheme?: 'tenor' | 'nav';
  /** Remainder of the first check sum: 0 (both rules) or 1–3 (the 2032 rule). */
  firstRemainder?: number;
}

/**
 * A synthetic test number with correct check digits, or `null` when no check digit fits
 * (about one individual number in eleven). Tests use these, never real people's numbers.
 */
export function syntheticNationalId(input: SyntheticNationalIdInput): string | null {
  const day = input.kind === 'd-nummer' ? input.day + 40 : input.day;
  const month = input.month + (input.scheme === 'nav' ? 40 : 80);
  const base =
    [day, month, input.year].map((part) => String(part).padStart(2, '0')).join('') +
    String(input.individual).padStart(3, '0');
  const digits = [...base].map(Number);
  const first = mod11((input.firstRemainder ?? 0) - checkRemainder([...digits, 0], 'first'));
  if (first === 10) return null;
  const second = mod11(-checkRemainder([...digits, first, 0], 'second'));
  if (second === 10) return null;
  return `${base}${first}${second}`;
}

function mod11(value: number): number {
  return ((value % 11) + 11) % 11;
}

/** The `n`th of a stable sequence of distinct valid synthetic fødselsnumre, for test data. */
export function nthSyntheticNationalId(n: number): string {
  for (let individual = n * 11; ; individual += 1) {
    const candidate = syntheticNationalId({
      day: 1 + (n % 28),
      month: 1 + (n % 12),
      year: 80 + (n % 20),
      individual: individual % 1000,
    });
    if (candidate) return candidate;
  }
}
