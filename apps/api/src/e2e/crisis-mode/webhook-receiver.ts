import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedDelivery {
  idempotencyKey: string;
  signature: string | undefined;
  body: string;
  /** What the receiver answered. */
  status: number;
  /** The test clock when it arrived: what the receiver checks the signature's time against. */
  receivedAt: Date;
}

/**
 * A partner's system on 127.0.0.1: records every delivery and answers from a script of statuses
 * (then 200). `stop()` takes it off the network (connection refused) and `start()` brings it
 * back on the same port.
 */
export class WebhookReceiver {
  readonly received: ReceivedDelivery[] = [];
  private server: Server | null = null;
  private port = 0;

  constructor(
    private readonly now: () => Date,
    private readonly script: number[] = [],
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/lavterskel/notices`;
  }

  async start(): Promise<void> {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const status = this.script.shift() ?? 200;
        this.received.push({
          idempotencyKey: String(request.headers['idempotency-key']),
          signature: request.headers['x-lavterskel-signature'] as string | undefined,
          body: Buffer.concat(chunks).toString('utf8'),
          status,
          receivedAt: this.now(),
        });
        response.writeHead(status, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Deliveries it accepted (2xx), per idempotency key. */
  acceptedPerKey(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const delivery of this.received) {
      if (delivery.status >= 200 && delivery.status < 300) {
        counts.set(delivery.idempotencyKey, (counts.get(delivery.idempotencyKey) ?? 0) + 1);
      }
    }
    return counts;
  }
}
