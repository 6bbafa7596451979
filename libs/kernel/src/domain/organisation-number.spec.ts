import fc from 'fast-check';
import { isOrganisationNumber } from './organisation-number';

describe('isOrganisationNumber', () => {
  it.each(['889640782', '938583986', '974760673'])('accepts %s', (value) => {
    expect(isOrganisationNumber(value)).toBe(true);
  });

  it.each(['889640783', '88964078', '8896407820', '88964078a', ' 889640782', ''])(
    'refuses %p',
    (value) => {
      expect(isOrganisationNumber(value)).toBe(false);
    },
  );

  it('catches every change of a single digit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (position, shift) => {
          const digits = [...'889640782'].map(Number);
          digits[position] = ((digits[position] ?? 0) + shift) % 10;
          expect(isOrganisationNumber(digits.join(''))).toBe(false);
        },
      ),
    );
  });
});
