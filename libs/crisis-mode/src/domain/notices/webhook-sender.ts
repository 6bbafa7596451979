/** What one attempt to deliver to a partner's endpoint came to. */
export type WebhookResult =
  { readonly ok: true; readonly status: number } | { readonly ok: false; readonly error: string };

/** Port: sends one signed JSON delivery (the library's default is `FetchWebhookSender`). */
export interface WebhookSender {
  send(input: {
    url: string;
    secret: string;
    idempotencyKey: string;
    /** The JSON text: what is signed is exactly what is sent. */
    body: string;
  }): Promise<WebhookResult>;
}
