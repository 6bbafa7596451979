import { defaultVocabulary } from '@lavterskel/consent';
import type { BulkWriter } from './bulk-writer';
import type { SeededClient } from './clients';
import type { SeedContext } from './seed-context';
import { CONSENT, CONSENT_VERSION } from './tables';

/** The recipients consents name: the municipality's partners, by organisation number. */
export const CONSENT_RECIPIENTS = [
  { type: 'organisation', organisationNumber: '910003351', name: 'DPS Sentrum' },
  { type: 'role', organisationNumber: '910004468', role: 'lar-lege', name: 'TSB-klinikken' },
  { type: 'organisation', organisationNumber: '910005585', name: 'NAV kommune' },
] as const;

const codes = (terms: readonly { code: string; children?: readonly { code: string }[] }[]) =>
  terms.flatMap((term) => [term.code, ...(term.children ?? []).map((child) => child.code)]);
const CATEGORIES = codes(defaultVocabulary.categories);
const PURPOSES = codes(defaultVocabulary.purposes);

export interface SeededConsent {
  readonly id: string;
  readonly clientId: string;
  readonly categories: readonly string[];
  readonly purposes: readonly string[];
  readonly recipient: (typeof CONSENT_RECIPIENTS)[number];
}

/**
 * About half the clients have consented to sharing some categories for some purposes with a
 * partner (always contact details for crisis contact, the crisis-mode question); one in
 * twenty of those has withdrawn it since (a second, `withdrawn` version).
 */
export async function writeConsent(
  writer: BulkWriter,
  context: SeedContext,
  client: SeededClient,
): Promise<SeededConsent | undefined> {
  const random = context.random(`consent:${client.index}`);
  if (!random.chance(client.identified ? 0.55 : 0.3)) return undefined;
  const { tenant } = context;
  const id = context.uuid('consent', client.index);
  const categories = [
    defaultVocabulary.crisisContact.category,
    ...random.sample(
      CATEGORIES.filter((code) => code !== defaultVocabulary.crisisContact.category),
      random.int(0, 3),
    ),
  ];
  const purposes = [
    defaultVocabulary.crisisContact.purpose,
    ...random.sample(
      PURPOSES.filter((code) => code !== defaultVocabulary.crisisContact.purpose),
      random.int(0, 2),
    ),
  ];
  const recipient = random.pick(CONSENT_RECIPIENTS);
  const granted = context.at(context.day(-random.int(1, Math.max(1, client.sinceDays))), 150);
  const method = random.pick(['written', 'oral', 'digital']);
  const withdrawn = random.chance(0.05);
  await writer.add(CONSENT, [id, tenant, client.id, granted]);
  const version = (number: number, at: Date) => [
    tenant,
    id,
    number,
    number === 1 ? 'granted' : 'withdrawn',
    number === 1 ? 'active' : 'withdrawn',
    categories,
    purposes,
    [recipient],
    granted,
    null,
    method,
    number === 1 ? null : 'Ønsker ikke lenger deling',
    client.primaryContact.subject,
    at,
  ];
  await writer.add(CONSENT_VERSION, version(1, granted));
  if (withdrawn) {
    await writer.add(CONSENT_VERSION, version(2, new Date(granted.getTime() + 86_400_000)));
    return undefined;
  }
  return { id, clientId: client.id, categories, purposes, recipient };
}
