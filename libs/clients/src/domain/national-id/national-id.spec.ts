import fc from 'fast-check';
import { syntheticNationalId } from '../testing/synthetic-national-id';
import { checkNationalId, checkRemainder } from './national-id';

const inTest = { acceptSynthetic: true };
const inProduction = { acceptSynthetic: false };

/** Valid synthetic numbers of every kind and scheme, under both check-digit rules. */
const validSyntheticNumbers = fc
  .record({
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.integer({ min: 0, max: 99 }),
    individual: fc.integer({ min: 0, max: 999 }),
    kind: fc.constantFrom('fodselsnummer' as const, 'd-nummer' as const),
    scheme: fc.constantFrom('tenor' as const, 'nav' as const),
    firstRemainder: fc.integer({ min: 0, max: 3 }),
  })
  .map((input) => ({ input, value: syntheticNationalId(input) }))
  .filter(
    (generated): generated is { input: typeof generated.input; value: string } =>
      generated.value !== null,
  );

describe('checkNationalId', () => {
  it.each(['02013299997', '30108299920', '30108299939'])(
    'accepts Skatteetaten’s published example %s of the 2032 rule',
    (value) => {
      expect(checkNationalId(value, inProduction)).toEqual({
        valid: true,
        nationalId: { value, kind: 'fodselsnummer', synthetic: false },
      });
    },
  );

  it('accepts every generated valid number, as the kind it is', () => {
    fc.assert(
      fc.property(validSyntheticNumbers, ({ input, value }) => {
        expect(checkNationalId(value, inTest)).toEqual({
          valid: true,
          nationalId: { value, kind: input.kind, synthetic: true },
        });
      }),
    );
  });

  it('refuses every single-digit change of a valid number', () => {
    fc.assert(
      fc.property(validSyntheticNumbers, ({ value }) => {
        for (let position = 0; position < 11; position += 1) {
          for (let shift = 1; shift <= 9; shift += 1) {
            const changed = (Number(value[position]) + shift) % 10;
            const typo = `${value.slice(0, position)}${changed}${value.slice(position + 1)}`;
            expect(checkNationalId(typo, inTest).valid).toBe(false);
          }
        }
      }),
    );
  });

  it('accepts first-check remainders 0–3 beside each other, and nothing above', () => {
    const withRemainder = (firstRemainder: number) =>
      syntheticNationalId({ day: 12, month: 3, year: 85, individual: 413, firstRemainder });
    for (const remainder of [0, 1, 2, 3]) {
      const value = withRemainder(remainder);
      expect(value).not.toBeNull();
      expect(checkNationalId(value as string, inTest).valid).toBe(true);
    }
    const fourth = withRemainder(4);
    expect(fourth).not.toBeNull();
    expect(checkRemainder([...(fourth as string)].map(Number), 'first')).toBe(4);
    expect(checkNationalId(fourth as string, inTest)).toMatchObject({
      valid: false,
      rule: 'check-digits',
    });
  });

  it('refuses synthetic test numbers unless configured to accept them', () => {
    const value = syntheticNationalId({ day: 5, month: 6, year: 90, individual: 123 }) as string;
    expect(checkNationalId(value, inProduction)).toMatchObject({
      valid: false,
      rule: 'synthetic-refused',
    });
    expect(checkNationalId(value, inTest).valid).toBe(true);
  });

  it('refuses anything but 11 digits', () => {
    for (const value of ['', '0201329999', '020132999970', '0201329999x', ' 02013299997']) {
      expect(checkNationalId(value, inTest)).toMatchObject({ valid: false, rule: 'format' });
    }
  });

  it('requires a real date, reading D-nummer days as day + 40', () => {
    const number = (day: number, month: number, year: number, kind?: 'd-nummer') => {
      for (let individual = 0; individual < 1000; individual += 1) {
        const value = syntheticNationalId({ day, month, year, individual, kind });
        if (value) return value;
      }
      throw new Error('no number with check digits found');
    };
    expect(checkNationalId(number(31, 4, 90), inTest)).toMatchObject({
      valid: false,
      rule: 'date',
    });
    expect(checkNationalId(number(29, 2, 91), inTest)).toMatchObject({
      valid: false,
      rule: 'date',
    });
    expect(checkNationalId(number(32, 1, 90), inTest)).toMatchObject({
      valid: false,
      rule: 'date',
    });
    expect(checkNationalId(number(0, 1, 90), inTest)).toMatchObject({ valid: false, rule: 'date' });
    // 29 February 00 is real in 2000, and the century is never guessed from the number.
    expect(checkNationalId(number(29, 2, 0), inTest).valid).toBe(true);
    expect(checkNationalId(number(31, 12, 99, 'd-nummer'), inTest)).toMatchObject({
      valid: true,
      nationalId: { kind: 'd-nummer' },
    });
    expect(checkNationalId(number(31, 4, 99, 'd-nummer'), inTest)).toMatchObject({
      valid: false,
      rule: 'date',
    });
  });

  it('derives neither gender nor century', () => {
    const result = checkNationalId('02013299997', inProduction);
    expect(result.valid && Object.keys(result.nationalId).sort()).toEqual([
      'kind',
      'synthetic',
      'value',
    ]);
  });
});
