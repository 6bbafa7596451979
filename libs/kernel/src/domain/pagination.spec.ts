import fc from 'fast-check';
import type { CursorPartKind } from './cursor-key';
import { KernelError } from './kernel-error';
import { MAX_PAGE_LIMIT, decodeCursor, encodeCursor, pageLimit } from './pagination';

describe('cursor', () => {
  it('decodes what it encoded, for any key of strings and numbers', () => {
    const keyPart = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    // JSON has no -0; as a sort key it equals 0, which is what the cursor gives back.
    const asSortKey = (part: string | number) => (Object.is(part, -0) ? 0 : part);
    fc.assert(
      fc.property(fc.array(keyPart, { minLength: 1, maxLength: 4 }), (key) => {
        expect(decodeCursor(encodeCursor(key), key.length)).toEqual(key.map(asSortKey));
      }),
    );
  });

  it.each([
    ['not base64 json'],
    [encodeCursor(['a'])],
    [Buffer.from('{"a":1}').toString('base64url')],
  ])('refuses a cursor this list did not issue: %s', (cursor) => {
    expect(() => decodeCursor(cursor, 2)).toThrow(KernelError);
  });
});

describe('pageLimit', () => {
  it('defaults, and keeps the limit within 1 and the maximum', () => {
    expect(pageLimit({})).toBe(20);
    expect(pageLimit({ limit: 0 })).toBe(1);
    expect(pageLimit({ limit: 5000 })).toBe(MAX_PAGE_LIMIT);
    expect(pageLimit({ limit: 7.9 })).toBe(7);
  });
});

describe('cursor parts by kind', () => {
  const cursor = (key: unknown[]) => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

  it('accepts the key a list issued', () => {
    const key = [
      '2026-11-23T09:00:00.000Z',
      '0b7f1c1e-3a53-4a52-9d0b-5f1f2e0c9a11',
      3,
      '2026-02-28',
      'Ås',
      '09:30',
    ];
    expect(
      decodeCursor(cursor(key), ['timestamp', 'uuid', 'integer', 'date', 'text', 'time']),
    ).toEqual(key);
  });

  it.each<[string, unknown[], CursorPartKind[]]>([
    ['a uuid that is not one', ['a1'], ['uuid']],
    ['a timestamp on 30 February', ['2026-02-30T09:00:00Z'], ['timestamp']],
    ['a timestamp in year 0', ['0000-01-01T00:00:00Z'], ['timestamp']],
    ['a date that is text', ['yesterday'], ['date']],
    ['an integer beyond int4', [2_147_483_648], ['integer']],
    ['a fraction for an integer', [1.5], ['integer']],
    ['a string for a number', ['1'], ['number']],
    ['text with NUL', ['a\u0000b'], ['text']],
    ['text with a lone surrogate', ['a\ud800'], ['text']],
    ['a value outside an enumeration', ['open'], [['received', 'triaged']]],
    ['too few parts', ['2026-11-23T09:00:00.000Z'], ['timestamp', 'uuid']],
  ])('refuses %s with 400 naming cursor', (_, key, kinds) => {
    expect(() => decodeCursor(cursor(key), kinds)).toThrow(
      expect.objectContaining({
        code: 'kernel.invalid-cursor',
        violations: [expect.objectContaining({ field: 'cursor' })],
      }),
    );
  });
});
