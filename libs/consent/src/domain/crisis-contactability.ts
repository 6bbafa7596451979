import type { TenantId } from '@lavterskel/kernel';
import { effectiveStatus, type Consent } from './consent';
import type { Recipient } from './recipient';
import { compileVocabulary, type Vocabulary } from './vocabulary';

/** Someone the client's consent lets contact them in a crisis, and until when. */
export interface CrisisContact {
  readonly recipient: Recipient;
  readonly consentId: string;
  readonly validTo: Date | null;
}

/** Who may contact a client for crisis purposes (CO-4); an empty list puts them on the work list. */
export interface ClientContactability {
  readonly clientId: string;
  readonly contactableBy: readonly CrisisContact[];
}

/**
 * From the client's current consents: every recipient of a consent that is in force at `at`
 * and covers the vocabulary's crisis-contact category and purpose.
 */
export function crisisContactability(
  client: { tenantId: TenantId; clientId: string },
  evidence: { consents: readonly Consent[]; vocabulary: Vocabulary; at: Date },
): ClientContactability {
  const { categories, purposes, vocabulary } = compileVocabulary(evidence.vocabulary);
  const { category, purpose } = vocabulary.crisisContact;
  const contactableBy = evidence.consents
    .filter(
      (consent) =>
        consent.tenantId === client.tenantId &&
        consent.clientId === client.clientId &&
        effectiveStatus(consent, evidence.at) === 'active' &&
        categories.coversAny(consent.categories, category) &&
        purposes.coversAny(consent.purposes, purpose),
    )
    .flatMap((consent) =>
      consent.recipients.map((recipient) => ({
        recipient,
        consentId: consent.id,
        validTo: consent.validTo,
      })),
    );
  return { clientId: client.clientId, contactableBy };
}
