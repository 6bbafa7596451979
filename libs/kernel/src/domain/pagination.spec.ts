import fc from 'fast-check';
import { KernelError } from './kernel-error';
import { MAX_PAGE_LIMIT, decodeCursor, encodeCursor, pageLimit } from './pagination';

describe('cursor', () => {
  it('decodes what it encoded, for any key of strings and numbers', () => {
    const keyPart = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
    // JSON has no -0; as a sort key it equals 0, which is what the cursor gives back.
    const asSortKey = (part: string | number) => (Object.is(part, -0) ? 0 : part);
    fc.assert(
      fc.property(fc.array(keyPart, { minLength: 1, maxLength: 4 }), (key) => {
        expect(decodeCursor(encodeCursor(key), key.length)).toEqual(key.map(asSortKey));
      }),
    );
  });

  it.each([['not base64 json'], [encodeCursor(['a'])], [Buffer.from('{"a":1}').toString('base64url')]])(
    'refuses a cursor this list did not issue: %s',
    (cursor) => {
      expect(() => decodeCursor(cursor, 2)).toThrow(KernelError);
    },
  );
});

describe('pageLimit', () => {
  it('defaults, and keeps the limit within 1 and the maximum', () => {
    expect(pageLimit({})).toBe(20);
    expect(pageLimit({ limit: 0 })).toBe(1);
    expect(pageLimit({ limit: 5000 })).toBe(MAX_PAGE_LIMIT);
    expect(pageLimit({ limit: 7.9 })).toBe(7);
  });
});
