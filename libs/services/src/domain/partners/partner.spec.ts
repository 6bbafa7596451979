import fc from 'fast-check';
import { isOrganisationNumber, partnerViolations } from './partner';

describe('organisation numbers', () => {
  it.each(['974760673', '983887457', '971526920'])('accepts the real number %s', (number) => {
    expect(isOrganisationNumber(number)).toBe(true);
  });

  it('refuses every single-digit typo of a valid number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (position, delta) => {
          const valid = '974760673';
          const typo =
            valid.slice(0, position) +
            ((Number(valid[position]) + delta) % 10) +
            valid.slice(position + 1);
          return !isOrganisationNumber(typo);
        },
      ),
    );
  });

  it('names the field of a bad number, a blank name and an unknown kind', () => {
    expect(
      partnerViolations({
        name: ' ',
        kind: 'bank' as never,
        organisationNumber: '12345678',
        phone: null,
        email: null,
      }),
    ).toEqual([
      expect.objectContaining({ field: 'name', rule: 'not-blank' }),
      expect.objectContaining({ field: 'kind', rule: 'one-of' }),
      expect.objectContaining({ field: 'organisationNumber', rule: 'organisation-number' }),
    ]);
  });
});
