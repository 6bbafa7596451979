import type { Random } from './random';

const FIRST_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const SECOND_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/**
 * A synthetic fødselsnummer (Skatteetaten's Tenor scheme: month + 80) for someone born on
 * `birthDate`, with both mod-11 check digits: valid to the clients library's rule, and never
 * a real person's number. Individual numbers whose check digit would be 10 are skipped.
 */
export function syntheticFodselsnummer(birthDate: string, random: Random): string {
  const [year, month, day] = birthDate.split('-');
  const prefix = `${day}${String(Number(month) + 80)}${year?.slice(2)}`;
  for (;;) {
    const individual = String(random.int(0, 999)).padStart(3, '0');
    const digits = [...`${prefix}${individual}`].map(Number);
    const first = checkDigit(digits, FIRST_WEIGHTS);
    if (first === undefined) continue;
    const second = checkDigit([...digits, first], SECOND_WEIGHTS);
    if (second === undefined) continue;
    return `${prefix}${individual}${first}${second}`;
  }
}

function checkDigit(digits: readonly number[], weights: readonly number[]): number | undefined {
  const sum = weights.reduce((total, weight, index) => total + weight * (digits[index] ?? 0), 0);
  const digit = (11 - (sum % 11)) % 11;
  return digit === 10 ? undefined : digit;
}
