import fc from 'fast-check';
import { signWebhookPayload, verifyWebhookSignature } from './webhook-signature';

const SECRET = 'partner-secret-of-sufficient-length';
const SENT = new Date('2026-11-23T09:00:00.000Z');
const body = JSON.stringify({ type: 'lavterskel.crisis.notice', notice: { title: 'Nye regler' } });
const seconds = (n: number) => new Date(SENT.getTime() + n * 1000);

describe('webhook signatures (HMAC-SHA256, timestamped, replay window)', () => {
  it('has the form t=<unix seconds>,v1=<64 hex digits>', () => {
    expect(signWebhookPayload(SECRET, body, SENT)).toMatch(/^t=1795424400,v1=[0-9a-f]{64}$/);
  });

  it('verifies what it signed, for any body and secret, within the window', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ minLength: 1 }),
        fc.integer({ min: -300, max: 300 }),
        (text, secret, drift) => {
          const header = signWebhookPayload(secret, text, SENT);
          expect(verifyWebhookSignature(secret, header, text, seconds(drift))).toBe(true);
        },
      ),
    );
  });

  it('refuses a changed body, another secret, and a missing or malformed header', () => {
    const header = signWebhookPayload(SECRET, body, SENT);
    expect(verifyWebhookSignature(SECRET, header, body.replace('Nye', 'Gamle'), SENT)).toBe(false);
    expect(verifyWebhookSignature('another-secret-of-enough-length', header, body, SENT)).toBe(
      false,
    );
    expect(verifyWebhookSignature(SECRET, undefined, body, SENT)).toBe(false);
    expect(verifyWebhookSignature(SECRET, 'v1=abc', body, SENT)).toBe(false);
    expect(verifyWebhookSignature(SECRET, 't=soon,v1=' + 'a'.repeat(64), body, SENT)).toBe(false);
    expect(verifyWebhookSignature(SECRET, header.replace(/v1=.*/, 'v1=zz'), body, SENT)).toBe(
      false,
    );
  });

  it('refuses a replay outside the window (default 300 s), in either direction', () => {
    const header = signWebhookPayload(SECRET, body, SENT);
    expect(verifyWebhookSignature(SECRET, header, body, seconds(300))).toBe(true);
    expect(verifyWebhookSignature(SECRET, header, body, seconds(301))).toBe(false);
    expect(verifyWebhookSignature(SECRET, header, body, seconds(-301))).toBe(false);
    expect(verifyWebhookSignature(SECRET, header, body, seconds(3600), 7200)).toBe(true);
  });

  it('cannot be moved to a new timestamp: the timestamp is signed with the body', () => {
    const header = signWebhookPayload(SECRET, body, SENT);
    const moved = header.replace(/^t=\d+/, `t=${Math.floor(seconds(3600).getTime() / 1000)}`);
    expect(verifyWebhookSignature(SECRET, moved, body, seconds(3600))).toBe(false);
  });

  it('accepts any one valid v1 among several (secret rotation)', () => {
    const header = signWebhookPayload(SECRET, body, SENT);
    const withOld = `${header},v1=${'0'.repeat(64)}`;
    expect(verifyWebhookSignature(SECRET, withOld, body, SENT)).toBe(true);
  });
});
