import { Client } from 'pg';

/** Statements of the API's own background jobs, which may run during any request. */
const BACKGROUND = /link_audit_chain|set_config\('app\.tenant'/;

/**
 * The statements pg sent while `work` ran (the API runs in this process): a prepared statement
 * by its name, any other by its text. Counts round trips, which no timing would show reliably.
 */
export async function statementsSentDuring(work: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const query = Client.prototype.query;
  const counting = function (this: Client, ...args: unknown[]) {
    const [config] = args as [string | { name?: string; text?: string }];
    const text = typeof config === 'string' ? config : (config.name ?? config.text ?? '');
    if (!BACKGROUND.test(text)) sent.push(text.trim());
    return (query as (...args: unknown[]) => unknown).apply(this, args);
  };
  Client.prototype.query = counting as typeof Client.prototype.query;
  try {
    await work();
  } finally {
    Client.prototype.query = query;
  }
  return sent;
}
