import { ConsentErrorCode } from './consent-error';
import {
  amendConsent,
  effectiveStatus,
  grantConsent,
  parseConsentTerms,
  withdrawConsent,
  type ConsentTermsInput,
} from './consent';
import { NAV } from './testing/consent.builder';
import { NOW, staffActor } from './testing/consent-test-kit';
import { defaultVocabulary } from './vocabulary';

const at = new Date(NOW);
const input: ConsentTermsInput = {
  categories: ['contact-details', 'health'],
  purposes: ['crisis-contact'],
  recipients: [{ type: 'organisation', organisationNumber: '889640782', name: 'NAV' }],
  validFrom: at,
  validTo: new Date('2027-11-23T09:00:00Z'),
  method: 'oral',
};
const parse = (overrides: Partial<ConsentTermsInput>) => () =>
  parseConsentTerms({ ...input, ...overrides }, { vocabulary: defaultVocabulary, at });

describe('consent terms', () => {
  it('accepts valid terms, without an end meaning until withdrawn', () => {
    expect(
      parseConsentTerms({ ...input, validTo: undefined }, { vocabulary: defaultVocabulary, at }),
    ).toMatchObject({
      recipients: [NAV],
      validTo: null,
    });
  });

  it.each([
    [{ validTo: new Date('2026-01-01T00:00:00Z') }, 'validTo', 'after-valid-from'],
    [{ validTo: at }, 'validTo', 'after-valid-from'],
    [
      { validFrom: new Date('2025-01-01T00:00:00Z'), validTo: new Date('2026-01-01T00:00:00Z') },
      'validTo',
      'in-the-future',
    ],
    [{ categories: ['contact-details', 'shoe-size'] }, 'categories[1]', 'known-category'],
    [{ purposes: ['marketing'] }, 'purposes[0]', 'known-purpose'],
    [{ categories: [] }, 'categories', 'not-empty'],
    [{ recipients: [] }, 'recipients', 'not-empty'],
    [{ validFrom: new Date('not a date') }, 'validFrom', 'date-time'],
  ])('refuses %p, naming %s and %s', (overrides, field, rule) => {
    expect(parse(overrides)).toThrow(
      expect.objectContaining({
        code: ConsentErrorCode.InvalidInput,
        violations: expect.arrayContaining([expect.objectContaining({ field, rule })]),
      }),
    );
  });

  it('names every broken rule at once', () => {
    expect(
      parse({ categories: ['x'], purposes: ['y'], validTo: new Date('2020-01-01T00:00:00Z') }),
    ).toThrow(
      expect.objectContaining({
        violations: [
          expect.objectContaining({ field: 'categories[0]' }),
          expect.objectContaining({ field: 'purposes[0]' }),
          expect.objectContaining({ field: 'validTo' }),
        ],
      }),
    );
  });
});

describe('consent versions', () => {
  const actor = staffActor();
  const terms = parseConsentTerms(input, { vocabulary: defaultVocabulary, at });
  const granted = grantConsent({
    actor,
    clientId: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
    terms,
    at,
  });

  it('amends into the next version, keeping the identity and the grant', () => {
    const later = new Date('2026-12-01T10:00:00Z');
    const amended = amendConsent(granted, {
      actor: staffActor({ subject: 'lead-ola' }),
      terms: { ...terms, purposes: ['contact-tracing'] },
      at: later,
    });
    expect(amended).toMatchObject({
      id: granted.id,
      version: 2,
      change: 'amended',
      status: 'active',
      purposes: ['contact-tracing'],
      grantedAt: at,
      recordedBy: 'lead-ola',
      recordedAt: later,
    });
  });

  it('withdraws into the next version; a withdrawn consent never changes again', () => {
    const withdrawn = withdrawConsent(granted, {
      actor,
      method: 'written',
      reason: '  changed my mind ',
      at,
    });
    expect(withdrawn).toMatchObject({
      version: 2,
      change: 'withdrawn',
      status: 'withdrawn',
      method: 'written',
      withdrawalReason: 'changed my mind',
    });
    expect(effectiveStatus(withdrawn, at)).toBe('withdrawn');
    expect(() => withdrawConsent(withdrawn, { actor, method: 'oral', at })).toThrow(
      expect.objectContaining({ code: ConsentErrorCode.ConsentWithdrawn }),
    );
    expect(() => amendConsent(withdrawn, { actor, terms, at })).toThrow(
      expect.objectContaining({ code: ConsentErrorCode.ConsentWithdrawn }),
    );
  });

  it('is pending before validFrom and expired from validTo', () => {
    expect(effectiveStatus(granted, new Date('2026-11-23T08:59:59Z'))).toBe('pending');
    expect(effectiveStatus(granted, at)).toBe('active');
    expect(effectiveStatus(granted, new Date('2027-11-23T09:00:00Z'))).toBe('expired');
  });
});
