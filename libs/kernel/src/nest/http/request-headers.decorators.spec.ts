import { KernelErrorCode } from '../../domain/kernel-error';
import { decodeHeaderText } from './request-headers.decorators';

describe('decodeHeaderText', () => {
  it('passes ASCII through and decodes RFC 8187 UTF-8 text', () => {
    expect(decodeHeaderText('Overdose at the station', 'X')).toBe('Overdose at the station');
    expect(
      decodeHeaderText("UTF-8''Overdose%20p%C3%A5%20stasjonen%2C%20bevisstl%C3%B8s", 'X'),
    ).toBe('Overdose på stasjonen, bevisstløs');
    expect(decodeHeaderText("utf-8''%C3%A6%C3%B8%C3%A5", 'X')).toBe('æøå');
  });

  it('refuses malformed percent-encoding with a 400 naming the header', () => {
    expect(() => decodeHeaderText("UTF-8''%E0%A4%A", 'X-Break-Glass-Reason')).toThrow(
      expect.objectContaining({
        code: KernelErrorCode.InvalidHeader,
        violations: [expect.objectContaining({ field: 'X-Break-Glass-Reason', rule: 'rfc8187' })],
      }),
    );
  });
});
