import type { Clock } from '@lavterskel/kernel';
import type { WebhookResult, WebhookSender } from '../domain/notices/webhook-sender';
import { SIGNATURE_HEADER, signWebhookPayload } from './webhook-signature';

export interface FetchWebhookSenderOptions {
  /** Signs with this clock's time (the receiver checks it against its replay window). */
  clock?: Clock;
  /** An endpoint that does not answer in time counts as a failed attempt. */
  timeoutMs?: number;
}

/** Delivers with Node's `fetch`: a signed JSON POST with the delivery's `Idempotency-Key`. */
export class FetchWebhookSender implements WebhookSender {
  private readonly timeoutMs: number;

  constructor(private readonly options: FetchWebhookSenderOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  async send(input: {
    url: string;
    secret: string;
    idempotencyKey: string;
    body: string;
  }): Promise<WebhookResult> {
    const at = this.options.clock?.now() ?? new Date();
    try {
      const response = await fetch(input.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': input.idempotencyKey,
          [SIGNATURE_HEADER]: signWebhookPayload(input.secret, input.body, at),
          'user-agent': 'lavterskel-crisis-notices',
        },
        body: input.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      // Drain the body so the connection is released.
      await response.arrayBuffer().catch(() => undefined);
      if (response.status >= 200 && response.status < 300)
        return { ok: true, status: response.status };
      return { ok: false, error: `HTTP ${response.status}` };
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return { ok: false, error: reason.slice(0, 500) };
    }
  }
}
