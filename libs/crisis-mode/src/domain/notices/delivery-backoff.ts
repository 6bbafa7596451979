/** How long to wait before the first retry, and at most between two attempts. */
export const FIRST_RETRY_SECONDS = 30;
export const MAX_RETRY_SECONDS = 60 * 60;

/**
 * Exponential backoff after `failedAttempts` failures (1, 2, …): 30 s, 60 s, 120 s … capped at
 * an hour, so an endpoint that is down for a day is still tried every hour and nothing is lost.
 */
export function retryDelaySeconds(failedAttempts: number): number {
  const exponent = Math.max(0, Math.min(failedAttempts - 1, 30));
  return Math.min(FIRST_RETRY_SECONDS * 2 ** exponent, MAX_RETRY_SECONDS);
}

export function nextAttemptAt(failedAttempts: number, now: Date): Date {
  return new Date(now.getTime() + retryDelaySeconds(failedAttempts) * 1000);
}
