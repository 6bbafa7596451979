import type { Client, ClientSummary } from '../client/client';

/** Why two clients may be one person. */
export const DUPLICATE_REASONS = [
  'same-birth-date-similar-name',
  'same-birth-year-similar-name',
  'same-phone',
] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/** Two clients a team lead should look at, and why; the lead decides (merge, or leave them). */
export interface PossibleDuplicate {
  readonly clients: readonly [ClientSummary, ClientSummary];
  readonly reasons: readonly DuplicateReason[];
}

/** The number of leading letters two name words share to count as similar (Kari / Karin). */
export const SIMILAR_NAME_PREFIX = 4;

/**
 * CL-1's duplicate rule. Two identified clients are never duplicates (their national ids
 * differ); otherwise: the same birth date and similar names, or, when one has only a birth year
 * (pseudonymous), the same year and similar names; or the same phone number. Names are similar
 * when a word of one (given name, family name or alias, in lower case) begins with the same
 * four letters as a word of the other.
 */
export function duplicateReasons(a: Client, b: Client): DuplicateReason[] {
  if (a.id === b.id || (a.nationalId !== null && b.nationalId !== null)) return [];
  const reasons: DuplicateReason[] = [];
  if (similarNames(a, b)) {
    if (a.birthDate !== null && b.birthDate !== null) {
      if (a.birthDate === b.birthDate) reasons.push('same-birth-date-similar-name');
    } else if (birthYearOf(a) !== null && birthYearOf(a) === birthYearOf(b)) {
      reasons.push('same-birth-year-similar-name');
    }
  }
  const phones = new Set(phonesOf(a));
  if (phonesOf(b).some((phone) => phones.has(phone))) reasons.push('same-phone');
  return reasons;
}

function similarNames(a: Client, b: Client): boolean {
  const prefixes = new Set(nameWords(a).map((word) => word.slice(0, SIMILAR_NAME_PREFIX)));
  return nameWords(b).some((word) => prefixes.has(word.slice(0, SIMILAR_NAME_PREFIX)));
}

/** As the client register's search words: each word of given name, family name and alias. */
function nameWords(client: Client): string[] {
  return [client.givenName, client.familyName, client.alias]
    .join(' ')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
}

function birthYearOf(client: Client): number | null {
  return client.birthYear ?? (client.birthDate ? Number(client.birthDate.slice(0, 4)) : null);
}

/** A phone's last eight digits: `+47 912 34 567` and `91234567` are one number. */
export function phonesOf(client: Client): string[] {
  return client.contactChannels
    .filter((channel) => channel.kind === 'mobile' || channel.kind === 'landline')
    .map((channel) => channel.value.replace(/\D/g, '').slice(-8))
    .filter((digits) => digits.length > 0);
}
