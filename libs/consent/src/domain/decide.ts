import type { Actor, FieldViolation } from '@lavterskel/kernel';
import type { Consent } from './consent';
import { assertValid } from './consent-error';
import { legalBasisViolations, type LegalBasisClaim, type LegalBasisCode } from './legal-basis';
import { recipientCovers, type Recipient } from './recipient';
import {
  compileVocabulary,
  defaultVocabulary,
  type CompiledVocabulary,
  type Vocabulary,
} from './vocabulary';

/** "May `actor` share `category` of the client with `recipient` for `purpose` at `at`?" (CO-2) */
export interface SharingQuestion {
  readonly actor: Actor;
  readonly clientId: string;
  readonly category: string;
  readonly recipient: Recipient;
  readonly purpose: string;
  readonly at: Date;
  /** A legal basis to rely on if no consent permits: justified in writing, logged, reviewed. */
  readonly legalBasis?: LegalBasisClaim;
}

export type DecisionBasis =
  | { readonly kind: 'consent'; readonly consentId: string; readonly consentVersion: number }
  | { readonly kind: 'legal-basis'; readonly code: LegalBasisCode; readonly justification: string };

export type DecisionReasonCode =
  | 'consent-permits'
  | 'no-consent'
  | 'withdrawn'
  | 'not-yet-valid'
  | 'expired'
  | 'recipient-not-covered'
  | 'category-not-covered'
  | 'purpose-not-covered'
  | 'legal-basis';

export interface DecisionReason {
  readonly code: DecisionReasonCode;
  /** The consent the reason is about, if any. */
  readonly consentId?: string;
  readonly message: string;
}

export interface Decision {
  readonly outcome: 'permit' | 'deny';
  /** The consent or legal basis that permits; null when denied. */
  readonly basis: DecisionBasis | null;
  readonly reasons: readonly DecisionReason[];
  /** True when a legal basis other than consent was used: a privacy officer reviews it. */
  readonly reviewRequired: boolean;
}

const MESSAGES: Record<DecisionReasonCode, string> = {
  'consent-permits': 'An active consent covers this category, recipient and purpose.',
  'no-consent': 'The client has given no consent.',
  withdrawn: 'The consent is withdrawn.',
  'not-yet-valid': 'The consent is not valid yet.',
  expired: 'The consent has expired.',
  'recipient-not-covered': 'The consent does not name this recipient.',
  'category-not-covered': 'The consent does not cover this category of information.',
  'purpose-not-covered': 'The consent does not cover this purpose.',
  'legal-basis': 'No consent permits this; shared on a legal basis, to be reviewed.',
};

function reason(code: DecisionReasonCode, consentId?: string): DecisionReason {
  return consentId === undefined
    ? { code, message: MESSAGES[code] }
    : { code, consentId, message: MESSAGES[code] };
}

/** The rules the question itself breaks: unknown codes, an unjustified legal basis. */
export function sharingQuestionViolations(
  question: {
    category: string;
    purpose: string;
    legalBasis?: { code: string; justification?: string };
  },
  vocabulary: CompiledVocabulary,
): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (!vocabulary.categories.has(question.category)) {
    violations.push({
      field: 'category',
      rule: 'known-category',
      message: `"${question.category}" is not a category of the vocabulary`,
    });
  }
  if (!vocabulary.purposes.has(question.purpose)) {
    violations.push({
      field: 'purpose',
      rule: 'known-purpose',
      message: `"${question.purpose}" is not a purpose of the vocabulary`,
    });
  }
  if (question.legalBasis)
    violations.push(...legalBasisViolations(question.legalBasis, 'legalBasis'));
  return violations;
}

/**
 * The sharing decision (CO-2), a pure function of the question and the client's current
 * consents (the latest version of each). A withdrawn consent permits nothing, whatever else
 * holds. Consent is always preferred; a legal basis is used only when no consent permits.
 */
export function decide(
  question: SharingQuestion,
  evidence: { consents: readonly Consent[]; vocabulary?: Vocabulary },
): Decision {
  const vocabulary = compileVocabulary(evidence.vocabulary ?? defaultVocabulary);
  assertValid(
    sharingQuestionViolations(question, vocabulary),
    'The sharing question is not valid.',
  );

  const reasons: DecisionReason[] = [];
  for (const consent of evidence.consents) {
    if (consent.tenantId !== question.actor.tenantId || consent.clientId !== question.clientId)
      continue;
    const refusal = refusalOf(consent, question, vocabulary);
    if (refusal === null) {
      return {
        outcome: 'permit',
        basis: { kind: 'consent', consentId: consent.id, consentVersion: consent.version },
        reasons: [reason('consent-permits', consent.id)],
        reviewRequired: false,
      };
    }
    reasons.push(reason(refusal, consent.id));
  }
  if (reasons.length === 0) reasons.push(reason('no-consent'));

  if (question.legalBasis) {
    const { code, justification } = question.legalBasis;
    return {
      outcome: 'permit',
      basis: { kind: 'legal-basis', code, justification: justification.trim() },
      reasons: [...reasons, reason('legal-basis')],
      reviewRequired: true,
    };
  }
  return { outcome: 'deny', basis: null, reasons, reviewRequired: false };
}

/** Why `consent` does not permit the question, or null when it does. */
function refusalOf(
  consent: Consent,
  question: SharingQuestion,
  vocabulary: CompiledVocabulary,
): DecisionReasonCode | null {
  if (consent.status === 'withdrawn') return 'withdrawn';
  const at = question.at.getTime();
  if (at < consent.validFrom.getTime()) return 'not-yet-valid';
  if (consent.validTo && at >= consent.validTo.getTime()) return 'expired';
  if (!consent.recipients.some((granted) => recipientCovers(granted, question.recipient)))
    return 'recipient-not-covered';
  if (!vocabulary.categories.coversAny(consent.categories, question.category))
    return 'category-not-covered';
  if (!vocabulary.purposes.coversAny(consent.purposes, question.purpose))
    return 'purpose-not-covered';
  return null;
}
