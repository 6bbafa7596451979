import fc from 'fast-check';
import { inputBoundsViolation } from './input-bounds';

describe('inputBoundsViolation', () => {
  it('lets any ordinary JSON through', () => {
    const text = fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\u0000'));
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        text,
        tie('array'),
        tie('object'),
      ),
      array: fc.array(tie('value'), { maxLength: 5 }),
      object: fc.dictionary(text, tie('value'), { maxKeys: 5 }),
    })).value;
    fc.assert(fc.property(json, (value) => inputBoundsViolation(value) === undefined));
  });

  it.each([
    [
      'too deep',
      JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`),
      { field: `${'[0]'.repeat(32)}`, rule: 'max-depth' },
    ],
    ['too many items', { ids: new Array(1001).fill('x') }, { field: 'ids', rule: 'max-items' }],
    [
      'too many values',
      { a: new Array(1000).fill(new Array(30).fill(1)) },
      { field: 'body', rule: 'max-values' },
    ],
    ['NUL in a value', { note: ['ok', 'a\u0000'] }, { field: 'note[1]', rule: 'no-nul' }],
    [
      'a lone surrogate in a value',
      { name: 'x\udc00' },
      { field: 'name', rule: 'unpaired-surrogate' },
    ],
    [
      'a lone surrogate in a property name',
      { ['k\ud800']: 1 },
      { field: 'k\ud800', rule: 'unpaired-surrogate' },
    ],
  ])('names the field and rule of input that is %s', (_, input, expected) => {
    expect(inputBoundsViolation(input)).toMatchObject(expected);
  });

  it('keeps a paired surrogate (an emoji) as text', () => {
    expect(inputBoundsViolation({ note: 'ok 👍' })).toBeUndefined();
  });
});
