import { EMPTY_CLIENT_DETAILS } from './client';
import { Violations } from '../shared/violations';
import {
  identifiedClientDetails,
  pseudonymousClientDetails,
} from '../testing/client-details.builder';
import { validateClientDetails } from './client-details';
import type { ClientDetails } from './client';

const context = { today: '2026-11-23', nationalIds: { acceptSynthetic: true } };

function violationsOf(details: ClientDetails, nationalIds = context.nationalIds) {
  const violations = new Violations();
  validateClientDetails(details, { ...context, nationalIds }, violations);
  return violations.list.map(({ field, rule }) => `${field}:${rule}`);
}

describe('validateClientDetails (CL-1)', () => {
  it('accepts an identified client and a pseudonymous one', () => {
    expect(violationsOf(identifiedClientDetails())).toEqual([]);
    expect(violationsOf(pseudonymousClientDetails())).toEqual([]);
  });

  it('needs a national id with a name, or an alias with a birth year', () => {
    expect(violationsOf(EMPTY_CLIENT_DETAILS)).toEqual([
      'alias:required-without-national-id',
      'birthYear:required-without-national-id',
    ]);
    expect(violationsOf(identifiedClientDetails({ givenName: ' ', familyName: null }))).toEqual([
      'givenName:required-with-national-id',
      'familyName:required-with-national-id',
    ]);
  });

  it('names the national id rule that failed, and honours the synthetic policy', () => {
    const details = identifiedClientDetails();
    const typo = `${details.nationalId?.slice(0, 10)}${(Number(details.nationalId?.[10]) + 1) % 10}`;
    expect(violationsOf({ ...details, nationalId: typo })).toEqual(['nationalId:check-digits']);
    expect(violationsOf(details, { acceptSynthetic: false })).toEqual([
      'nationalId:synthetic-refused',
    ]);
  });

  it('drops spaces inside a national id and trims text', () => {
    const details = identifiedClientDetails({ givenName: '  Kari  ' });
    const spaced = `${details.nationalId?.slice(0, 6)} ${details.nationalId?.slice(6)}`;
    const violations = new Violations();
    const valid = validateClientDetails({ ...details, nationalId: spaced }, context, violations);
    expect(violations.list).toEqual([]);
    expect(valid).toMatchObject({
      details: { nationalId: details.nationalId, givenName: 'Kari' },
      nationalIdKind: 'fodselsnummer',
    });
  });

  it('refuses a birth date in the future, an unreal one, and a birth year that contradicts it', () => {
    expect(
      violationsOf(
        pseudonymousClientDetails({ birthYear: null, birthDate: '2026-11-24', alias: 'Ugla' }),
      ),
    ).toEqual(['birthYear:required-without-national-id', 'birthDate:not-in-future']);
    expect(violationsOf(identifiedClientDetails({ birthDate: '1990-02-30' }))).toEqual([
      'birthDate:calendar-date',
    ]);
    expect(
      violationsOf(pseudonymousClientDetails({ birthYear: 1987, birthDate: '1988-05-01' })),
    ).toEqual(['birthYear:matches-birth-date']);
    expect(violationsOf(pseudonymousClientDetails({ birthYear: 2027 }))).toEqual([
      'birthYear:range',
    ]);
  });

  it('checks every contact channel and the language tag', () => {
    const details = identifiedClientDetails({
      contactChannels: [
        { kind: 'mobile', value: 'call me', note: null },
        { kind: 'email', value: 'not-an-address', note: null },
        { kind: 'meeting-place', value: 'Bybrua, by the kiosk', note: null },
        { kind: 'landline', value: '', note: null },
      ],
      preferredLanguage: 'Norwegian',
    });
    expect(violationsOf(details)).toEqual([
      'contactChannels[0].value:phone-number',
      'contactChannels[1].value:email',
      'contactChannels[3].value:required',
      'preferredLanguage:language-tag',
    ]);
  });

  it('refuses oversized text', () => {
    expect(
      violationsOf(identifiedClientDetails({ familyName: 'x'.repeat(101), alias: 'y'.repeat(61) })),
    ).toEqual(['familyName:max-length', 'alias:max-length']);
  });
});
