import fc from 'fast-check';
import { KernelErrorCode } from './kernel-error';
import { etagOf, expectedVersion } from './versioning';

describe('ETag and If-Match', () => {
  it('reads back the version of every ETag it wrote, weak or strong', () => {
    fc.assert(
      fc.property(fc.nat(), (version) => {
        expect(expectedVersion(etagOf(version))).toBe(version);
        expect(expectedVersion(`W/${etagOf(version)}`)).toBe(version);
      }),
    );
  });

  it('requires If-Match (428) and refuses one that is not ours (412)', () => {
    expect(() => expectedVersion(undefined)).toThrow(expect.objectContaining({ code: KernelErrorCode.PreconditionRequired }));
    expect(() => expectedVersion('')).toThrow(expect.objectContaining({ code: KernelErrorCode.PreconditionRequired }));
    for (const foreign of ['*', '"abc"', '3', '"1", "2"']) {
      expect(() => expectedVersion(foreign)).toThrow(expect.objectContaining({ code: KernelErrorCode.ConcurrentModification }));
    }
  });
});
