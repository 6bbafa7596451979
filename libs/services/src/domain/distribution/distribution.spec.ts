import fc from 'fast-check';
import { MAX_QUANTITY, distributionLineViolations } from './distribution';

describe('distribution lines', () => {
  it('accepts whole counts of distinct items', () => {
    expect(
      distributionLineViolations([
        { item: 'naloxone', quantity: 2 },
        { item: 'clean-equipment', quantity: 10 },
      ]),
    ).toEqual([]);
  });

  it('refuses any count that is not a whole number from 1 to the maximum', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ max: 0 }),
          fc.integer({ min: MAX_QUANTITY + 1 }),
          fc.double({ noInteger: true, noNaN: true }),
        ),
        (quantity) => {
          const [first] = distributionLineViolations([{ item: 'food-bag', quantity }]);
          return first?.field === 'items[0].quantity' && first.rule === 'count';
        },
      ),
    );
  });

  it('names an empty list, an unknown item and a repeated item', () => {
    expect(distributionLineViolations([])).toEqual([
      expect.objectContaining({ field: 'items', rule: 'not-empty' }),
    ]);
    expect(
      distributionLineViolations([
        { item: 'syringe' as never, quantity: 1 },
        { item: 'naloxone', quantity: 1 },
        { item: 'naloxone', quantity: 1 },
      ]),
    ).toEqual([
      expect.objectContaining({ field: 'items[0].item', rule: 'one-of' }),
      expect.objectContaining({ field: 'items', rule: 'unique-items' }),
    ]);
  });
});
