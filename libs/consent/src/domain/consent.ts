import { newId, type Actor, type FieldViolation, type TenantId } from '@lavterskel/kernel';
import { ConsentError, ConsentErrorCode, assertValid } from './consent-error';
import { parseRecipient, type Recipient, type RecipientInput } from './recipient';
import { compileVocabulary, type TermIndex, type Vocabulary } from './vocabulary';

/** How the client gave the consent, its change or its withdrawal. */
export type ConsentMethod = 'written' | 'oral' | 'digital';
export const CONSENT_METHODS: readonly ConsentMethod[] = ['written', 'oral', 'digital'];

export type ConsentStatus = 'active' | 'withdrawn';
export type ConsentChange = 'granted' | 'amended' | 'withdrawn';
/** The status at a moment: an active consent may not have started yet, or may have run out. */
export type EffectiveStatus = 'active' | 'pending' | 'expired' | 'withdrawn';

/** What the client agreed to: which information, to whom, why, and for how long. */
export interface ConsentTerms {
  readonly categories: readonly string[];
  readonly purposes: readonly string[];
  readonly recipients: readonly Recipient[];
  readonly validFrom: Date;
  /** Exclusive end; null: until withdrawn. */
  readonly validTo: Date | null;
  readonly method: ConsentMethod;
}

/** The terms as they arrive from outside, before they are checked. */
export interface ConsentTermsInput {
  categories: readonly string[];
  purposes: readonly string[];
  recipients: readonly RecipientInput[];
  validFrom: Date;
  validTo?: Date | null;
  method: ConsentMethod;
}

/**
 * One version of a consent (CO-1). A consent is never edited or deleted: each change,
 * withdrawal included, is a new version with the full terms; the highest version is current.
 */
export interface Consent extends ConsentTerms {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly clientId: string;
  readonly version: number;
  readonly change: ConsentChange;
  readonly status: ConsentStatus;
  /** When version 1 was recorded. */
  readonly grantedAt: Date;
  /** The staff member who recorded this version, and when. */
  readonly recordedBy: string;
  readonly recordedAt: Date;
  /** The client's reason for withdrawing, if they gave one. */
  readonly withdrawalReason: string | null;
}

/** Checks `input` against the vocabulary and validity rules; every broken rule is named. */
export function parseConsentTerms(
  input: ConsentTermsInput,
  context: { vocabulary: Vocabulary; at: Date },
): ConsentTerms {
  const { categories, purposes } = compileVocabulary(context.vocabulary);
  const validTo = input.validTo ?? null;
  const violations: FieldViolation[] = [
    ...codeViolations(input.categories, categories, 'categories', 'category'),
    ...codeViolations(input.purposes, purposes, 'purposes', 'purpose'),
  ];
  const recipients: Recipient[] = [];
  if (input.recipients.length === 0)
    violations.push({
      field: 'recipients',
      rule: 'not-empty',
      message: 'must name at least one recipient',
    });
  input.recipients.forEach((candidate, i) => {
    const parsed = parseRecipient(candidate, { field: `recipients[${i}]`, nameRequired: true });
    violations.push(...parsed.violations);
    if (parsed.recipient) recipients.push(parsed.recipient);
  });
  if (Number.isNaN(input.validFrom.getTime()))
    violations.push({ field: 'validFrom', rule: 'date-time', message: 'must be a date-time' });
  if (validTo && validTo.getTime() <= input.validFrom.getTime()) {
    violations.push({
      field: 'validTo',
      rule: 'after-valid-from',
      message: 'must be after validFrom',
    });
  } else if (validTo && validTo.getTime() <= context.at.getTime()) {
    violations.push({
      field: 'validTo',
      rule: 'in-the-future',
      message: 'must be in the future: a consent that has run out cannot be recorded',
    });
  }
  assertValid(violations, 'The consent is not valid.');
  return {
    categories: [...new Set(input.categories)],
    purposes: [...new Set(input.purposes)],
    recipients,
    validFrom: input.validFrom,
    validTo,
    method: input.method,
  };
}

function codeViolations(
  codes: readonly string[],
  index: TermIndex,
  field: string,
  kind: string,
): FieldViolation[] {
  if (codes.length === 0)
    return [{ field, rule: 'not-empty', message: `must name at least one ${kind}` }];
  return codes.flatMap((code, i) =>
    index.has(code)
      ? []
      : [
          {
            field: `${field}[${i}]`,
            rule: `known-${kind}`,
            message: `"${code}" is not a ${kind} of the vocabulary`,
          },
        ],
  );
}

/** Version 1 of a new consent. */
export function grantConsent(input: {
  actor: Actor;
  clientId: string;
  terms: ConsentTerms;
  at: Date;
}): Consent {
  return {
    ...input.terms,
    id: newId(),
    tenantId: input.actor.tenantId,
    clientId: input.clientId,
    version: 1,
    change: 'granted',
    status: 'active',
    grantedAt: input.at,
    recordedBy: input.actor.subject,
    recordedAt: input.at,
    withdrawalReason: null,
  };
}

/** The next version with new terms; a withdrawn consent never changes again. */
export function amendConsent(
  current: Consent,
  change: { actor: Actor; terms: ConsentTerms; at: Date },
): Consent {
  assertNotWithdrawn(current);
  return { ...current, ...change.terms, ...nextVersion(current, change), change: 'amended' };
}

/** The next version, withdrawn: it permits nothing from the next decision on. */
export function withdrawConsent(
  current: Consent,
  withdrawal: { actor: Actor; method: ConsentMethod; reason?: string; at: Date },
): Consent {
  assertNotWithdrawn(current);
  return {
    ...current,
    ...nextVersion(current, withdrawal),
    change: 'withdrawn',
    status: 'withdrawn',
    method: withdrawal.method,
    withdrawalReason: withdrawal.reason?.trim() || null,
  };
}

function nextVersion(current: Consent, change: { actor: Actor; at: Date }) {
  return { version: current.version + 1, recordedBy: change.actor.subject, recordedAt: change.at };
}

function assertNotWithdrawn(consent: Consent): void {
  if (consent.status === 'withdrawn') {
    throw new ConsentError(
      ConsentErrorCode.ConsentWithdrawn,
      'The consent is withdrawn and cannot change; record a new consent instead.',
    );
  }
}

export function effectiveStatus(consent: Consent, at: Date): EffectiveStatus {
  if (consent.status === 'withdrawn') return 'withdrawn';
  if (at.getTime() < consent.validFrom.getTime()) return 'pending';
  if (consent.validTo && at.getTime() >= consent.validTo.getTime()) return 'expired';
  return 'active';
}
