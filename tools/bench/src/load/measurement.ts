/** One load run: a scenario at a number of connections, through the API or as minimal SQL. */
export interface Measurement {
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors and timeouts (API), failed transactions (SQL). */
  errors: number;
  /** Answers outside 2xx. */
  non2xx: number;
  /** Answers whose status or body was not the expected one (non-2xx included). */
  failedChecks: number;
  /** Share of answers whose status and body were checked. */
  checkedShare: number;
  /** The machine's 1-minute load average when the measurement ended: a busy machine skews it. */
  loadAverage?: number;
}

/** The p-th percentile (0–100) of unsorted samples, nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = Float64Array.from(samples).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

export const round = (value: number, digits = 2): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};
