import { KernelError, KernelErrorCode } from './kernel-error';
import { isTenantId, parseTenantId } from './tenant-id';

describe('TenantId', () => {
  it.each(['4003', '0301', '5001'])('accepts the kommunenummer %s', (value) => {
    expect(parseTenantId(value)).toBe(value);
  });

  it.each([['403'], ['40033'], ['abcd'], ['0000'], [4003], [undefined], [' 4003']])('refuses %p', (value) => {
    expect(isTenantId(value)).toBe(false);
    expect(() => parseTenantId(value, 'tenant')).toThrow(KernelError);
  });

  it('names the field and the rule', () => {
    try {
      parseTenantId('12', 'body.tenant');
      throw new Error('expected a KernelError');
    } catch (error) {
      expect(error).toMatchObject({
        code: KernelErrorCode.InvalidTenant,
        violations: [{ field: 'body.tenant', rule: 'kommunenummer' }],
      });
    }
  });
});
