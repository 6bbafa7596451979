import type { Consent } from './consent';
import { ConsentErrorCode } from './consent-error';
import { decide, type DecisionReasonCode, type SharingQuestion } from './decide';
import type { Recipient } from './recipient';
import {
  ConsentBuilder,
  LAR_DOCTOR_AT_DPS,
  MOTHER,
  MOTHER_ID,
  NAV,
  NAV_NUMBER,
} from './testing/consent.builder';
import { NOW, OSLO, staffActor } from './testing/consent-test-kit';

const at = new Date(NOW);
const clientId = ConsentBuilder.create().clientId;
const NAV_CASE_WORKER: Recipient = {
  type: 'role',
  organisationNumber: NAV_NUMBER,
  role: 'case-worker',
};
const ask = (overrides: Partial<SharingQuestion> = {}): SharingQuestion => ({
  actor: staffActor(),
  clientId,
  category: 'contact-details',
  purpose: 'treatment-coordination',
  recipient: NAV,
  at,
  ...overrides,
});
const consent = (overrides: Partial<Consent> = {}) =>
  ConsentBuilder.create({ clientId, ...overrides });
const days = (n: number) => new Date(at.getTime() + n * 86_400_000);
const justification = 'Client unconscious at Skien station; ambulance needs LAR dose';

interface Case {
  name: string;
  consents: Consent[];
  question?: Partial<SharingQuestion>;
  outcome: 'permit' | 'deny';
  reasons: DecisionReasonCode[];
}

describe('decide', () => {
  const cases: Case[] = [
    {
      name: 'permits on an active consent covering category, recipient and purpose',
      consents: [consent()],
      outcome: 'permit',
      reasons: ['consent-permits'],
    },
    { name: 'denies without any consent', consents: [], outcome: 'deny', reasons: ['no-consent'] },
    {
      name: 'denies on an expired consent',
      consents: [consent({ validFrom: days(-60), validTo: days(-1) })],
      outcome: 'deny',
      reasons: ['expired'],
    },
    {
      name: 'treats validTo as the first instant it no longer holds',
      consents: [consent({ validFrom: days(-60), validTo: at })],
      outcome: 'deny',
      reasons: ['expired'],
    },
    {
      name: 'denies on a future-dated consent',
      consents: [consent({ validFrom: days(1), validTo: days(30) })],
      outcome: 'deny',
      reasons: ['not-yet-valid'],
    },
    {
      name: 'permits from the first instant of validFrom',
      consents: [consent({ validFrom: at, validTo: null })],
      outcome: 'permit',
      reasons: ['consent-permits'],
    },
    {
      name: 'denies on a withdrawn consent',
      consents: [consent({ status: 'withdrawn', change: 'withdrawn', version: 2 })],
      outcome: 'deny',
      reasons: ['withdrawn'],
    },
    {
      name: 'denies a recipient the consent does not name',
      consents: [consent({ recipients: [MOTHER] })],
      outcome: 'deny',
      reasons: ['recipient-not-covered'],
    },
    {
      name: 'lets consent to an organisation cover a role in it',
      consents: [consent()],
      question: { recipient: NAV_CASE_WORKER },
      outcome: 'permit',
      reasons: ['consent-permits'],
    },
    {
      name: 'does not let consent to a role cover its whole organisation',
      consents: [consent({ recipients: [LAR_DOCTOR_AT_DPS] })],
      question: { recipient: { type: 'organisation', organisationNumber: '983971636' } },
      outcome: 'deny',
      reasons: ['recipient-not-covered'],
    },
    {
      name: 'does not let consent to one role cover another role',
      consents: [consent({ recipients: [LAR_DOCTOR_AT_DPS] })],
      question: {
        recipient: { type: 'role', organisationNumber: '983971636', role: 'psychologist' },
      },
      outcome: 'deny',
      reasons: ['recipient-not-covered'],
    },
    {
      name: 'matches a person by id, never by name',
      consents: [consent({ recipients: [MOTHER] })],
      question: { recipient: { type: 'person', personId: MOTHER_ID, name: 'Someone else' } },
      outcome: 'permit',
      reasons: ['consent-permits'],
    },
    {
      name: 'denies another person with the same name',
      consents: [consent({ recipients: [MOTHER] })],
      question: { recipient: { ...MOTHER, personId: '7d2e4f60-1a2b-4c3d-8e9f-0a1b2c3d4e5f' } },
      outcome: 'deny',
      reasons: ['recipient-not-covered'],
    },
    {
      name: 'denies a purpose the consent does not cover',
      consents: [consent()],
      question: { purpose: 'relatives-information' },
      outcome: 'deny',
      reasons: ['purpose-not-covered'],
    },
    {
      name: 'denies a category the consent does not cover',
      consents: [consent()],
      question: { category: 'mental-health' },
      outcome: 'deny',
      reasons: ['category-not-covered'],
    },
    {
      name: 'lets "health" cover "wound-care", as declared',
      consents: [consent({ categories: ['health'] })],
      question: { category: 'wound-care' },
      outcome: 'permit',
      reasons: ['consent-permits'],
    },
    {
      name: 'does not let "wound-care" cover its parent "health"',
      consents: [consent({ categories: ['wound-care'] })],
      question: { category: 'health' },
      outcome: 'deny',
      reasons: ['category-not-covered'],
    },
    {
      name: 'does not let "substance-use" cover its sibling "mental-health"',
      consents: [consent({ categories: ['substance-use'] })],
      question: { category: 'mental-health' },
      outcome: 'deny',
      reasons: ['category-not-covered'],
    },
    {
      name: 'does not let "contact-details" cover "location-for-delivery" (not declared)',
      consents: [consent()],
      question: { category: 'location-for-delivery' },
      outcome: 'deny',
      reasons: ['category-not-covered'],
    },
    {
      name: 'lets "delivery" cover "medication-delivery", as declared',
      consents: [consent({ purposes: ['delivery'] })],
      question: { purpose: 'medication-delivery' },
      outcome: 'permit',
      reasons: ['consent-permits'],
    },
    {
      name: 'does not let "medication-delivery" cover "food-delivery"',
      consents: [consent({ purposes: ['medication-delivery'] })],
      question: { purpose: 'food-delivery' },
      outcome: 'deny',
      reasons: ['purpose-not-covered'],
    },
    {
      name: "ignores another municipality's consent",
      consents: [consent({ tenantId: OSLO })],
      outcome: 'deny',
      reasons: ['no-consent'],
    },
    {
      name: "ignores another client's consent",
      consents: [consent({ clientId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' })],
      outcome: 'deny',
      reasons: ['no-consent'],
    },
    {
      name: 'permits on the active consent when another is withdrawn',
      consents: [consent({ status: 'withdrawn' }), consent()],
      outcome: 'permit',
      reasons: ['consent-permits'],
    },
    {
      name: 'names the reason of every consent that does not permit',
      consents: [consent({ status: 'withdrawn' }), consent({ purposes: ['contact-tracing'] })],
      outcome: 'deny',
      reasons: ['withdrawn', 'purpose-not-covered'],
    },
    {
      name: 'permits on a justified legal basis when no consent does',
      consents: [consent({ status: 'withdrawn' })],
      question: { legalBasis: { code: 'emergency', justification } },
      outcome: 'permit',
      reasons: ['withdrawn', 'legal-basis'],
    },
    {
      name: 'prefers consent to a legal basis',
      consents: [consent()],
      question: { legalBasis: { code: 'emergency', justification } },
      outcome: 'permit',
      reasons: ['consent-permits'],
    },
  ];

  it.each(cases)('$name', ({ consents, question, outcome, reasons }) => {
    const decision = decide(ask(question), { consents });
    expect(decision.outcome).toBe(outcome);
    expect(decision.reasons.map((reason) => reason.code)).toEqual(reasons);
    expect(decision.basis === null).toBe(outcome === 'deny');
  });

  it('names the consent it rests on, and the consent behind each refusal', () => {
    const withdrawn = consent({ status: 'withdrawn', version: 3 });
    const active = consent({ version: 2 });
    expect(decide(ask(), { consents: [withdrawn, active] })).toEqual({
      outcome: 'permit',
      basis: { kind: 'consent', consentId: active.id, consentVersion: 2 },
      reasons: [{ code: 'consent-permits', consentId: active.id, message: expect.any(String) }],
      reviewRequired: false,
    });
    expect(decide(ask(), { consents: [withdrawn] }).reasons).toEqual([
      { code: 'withdrawn', consentId: withdrawn.id, message: 'The consent is withdrawn.' },
    ]);
  });

  it('flags a decision on a legal basis for review, with the justification as written', () => {
    const decision = decide(
      ask({ legalBasis: { code: 'overriding-interest', justification: `  ${justification}  ` } }),
      { consents: [] },
    );
    expect(decision).toMatchObject({
      outcome: 'permit',
      basis: { kind: 'legal-basis', code: 'overriding-interest', justification },
      reviewRequired: true,
    });
  });

  it.each([
    [
      'without a justification',
      { code: 'emergency', justification: '' },
      'legalBasis.justification',
      'min-length',
    ],
    [
      'with a justification too short to judge',
      { code: 'emergency', justification: 'urgent!' },
      'legalBasis.justification',
      'min-length',
    ],
    [
      'on a basis the law does not know',
      { code: 'convenience', justification },
      'legalBasis.code',
      'known-legal-basis',
    ],
  ])('refuses a legal-basis override %s', (_, legalBasis, field, rule) => {
    const question = { ...ask(), legalBasis } as SharingQuestion;
    expect(() => decide(question, { consents: [] })).toThrow(
      expect.objectContaining({
        code: ConsentErrorCode.InvalidInput,
        violations: [expect.objectContaining({ field, rule })],
      }),
    );
  });

  it.each([
    [{ category: 'shoe-size' }, 'category', 'known-category'],
    [{ purpose: 'marketing' }, 'purpose', 'known-purpose'],
  ])('refuses an unknown code: %p', (question, field, rule) => {
    expect(() => decide(ask(question), { consents: [consent()] })).toThrow(
      expect.objectContaining({
        code: ConsentErrorCode.InvalidInput,
        violations: [{ field, rule, message: expect.any(String) }],
      }),
    );
  });
});
