import fc from 'fast-check';
import type { Consent } from './consent';
import { decide, type SharingQuestion } from './decide';
import type { LegalBasisClaim } from './legal-basis';
import type { Recipient } from './recipient';
import { ConsentBuilder, LAR_DOCTOR_AT_DPS, MOTHER, NAV } from './testing/consent.builder';
import { NOW, staffActor } from './testing/consent-test-kit';

const CATEGORIES = [
  'contact-details',
  'attendance',
  'health',
  'substance-use',
  'mental-health',
  'wound-care',
  'crisis-plan',
];
const PURPOSES = [
  'treatment-coordination',
  'crisis-contact',
  'contact-tracing',
  'delivery',
  'medication-delivery',
];
const RECIPIENTS: Recipient[] = [
  NAV,
  LAR_DOCTOR_AT_DPS,
  MOTHER,
  { type: 'role', organisationNumber: '889640782', role: 'case-worker' },
];
const clientId = ConsentBuilder.create().clientId;
const at = new Date(NOW);
const DAY = 86_400_000;

const consentArbitrary: fc.Arbitrary<Consent> = fc
  .record({
    categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES), { minLength: 1 }),
    purposes: fc.uniqueArray(fc.constantFrom(...PURPOSES), { minLength: 1 }),
    recipients: fc.uniqueArray(fc.constantFrom(...RECIPIENTS), { minLength: 1 }),
    startDay: fc.integer({ min: -400, max: 30 }),
    lengthDays: fc.option(fc.integer({ min: 1, max: 800 }), { nil: null }),
    withdrawn: fc.boolean(),
  })
  .map(({ startDay, lengthDays, withdrawn, ...terms }) =>
    ConsentBuilder.create({
      ...terms,
      clientId,
      validFrom: new Date(at.getTime() + startDay * DAY),
      validTo: lengthDays === null ? null : new Date(at.getTime() + (startDay + lengthDays) * DAY),
      status: withdrawn ? 'withdrawn' : 'active',
    }),
  );

const questionArbitrary: fc.Arbitrary<SharingQuestion> = fc.record({
  actor: fc.constant(staffActor()),
  clientId: fc.constant(clientId),
  category: fc.constantFrom(...CATEGORIES),
  purpose: fc.constantFrom(...PURPOSES),
  recipient: fc.constantFrom(...RECIPIENTS),
  at: fc.integer({ min: -30, max: 900 }).map((day) => new Date(at.getTime() + day * DAY)),
});
const legalBasis: LegalBasisClaim = {
  code: 'emergency',
  justification: 'Overdose at the shelter, ambulance on its way',
};

const withdraw = (consent: Consent): Consent => ({
  ...consent,
  version: consent.version + 1,
  status: 'withdrawn',
  change: 'withdrawn',
});

describe('withdrawal always wins', () => {
  it('a withdrawn consent is never the basis of a decision', () => {
    fc.assert(
      fc.property(
        fc.array(consentArbitrary, { maxLength: 8 }),
        questionArbitrary,
        (consents, question) => {
          const { basis } = decide(question, { consents });
          if (basis?.kind === 'consent') {
            expect(consents.find((consent) => consent.id === basis.consentId)?.status).toBe(
              'active',
            );
          }
        },
      ),
    );
  });

  it('withdrawing every consent denies, whatever the consents said', () => {
    fc.assert(
      fc.property(
        fc.array(consentArbitrary, { maxLength: 8 }),
        questionArbitrary,
        (consents, question) => {
          const decision = decide(question, { consents: consents.map(withdraw) });
          expect(decision.outcome).toBe('deny');
          expect(
            decision.reasons.every(
              (reason) => reason.code === 'withdrawn' || reason.code === 'no-consent',
            ),
          ).toBe(true);
        },
      ),
    );
  });

  it('withdrawing one consent never turns a denial into a permit, and never leaves it as the basis', () => {
    fc.assert(
      fc.property(
        fc.array(consentArbitrary, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        questionArbitrary,
        (consents, pick, question) => {
          const index = pick % consents.length;
          const before = decide(question, { consents });
          const after = decide(question, {
            consents: consents.map((consent, i) => (i === index ? withdraw(consent) : consent)),
          });
          if (before.outcome === 'deny') expect(after.outcome).toBe('deny');
          if (after.basis?.kind === 'consent')
            expect(after.basis.consentId).not.toBe(consents[index]?.id);
        },
      ),
    );
  });

  it('with everything withdrawn, only a justified legal basis permits, and it is always flagged for review', () => {
    fc.assert(
      fc.property(
        fc.array(consentArbitrary, { maxLength: 8 }),
        questionArbitrary,
        (consents, question) => {
          const decision = decide(
            { ...question, legalBasis },
            { consents: consents.map(withdraw) },
          );
          expect(decision).toMatchObject({
            outcome: 'permit',
            basis: { kind: 'legal-basis' },
            reviewRequired: true,
          });
        },
      ),
    );
  });
});
