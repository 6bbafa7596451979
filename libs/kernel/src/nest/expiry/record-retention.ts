/** How long the kernel keeps records that expire, and how often it purges them. */
export interface RecordRetention {
  /** How long a retry with the same Idempotency-Key replays the first answer. Default 24 h. */
  idempotencyTtlMs: number;
  /** Time between purges of expired records in each process; 0 turns the purge off. Default 10 min. */
  purgeIntervalMs: number;
  /** Rows deleted per statement. Default 1000. */
  purgeBatchSize: number;
}

export const DEFAULT_RECORD_RETENTION: RecordRetention = {
  idempotencyTtlMs: 24 * 60 * 60 * 1000,
  purgeIntervalMs: 10 * 60 * 1000,
  purgeBatchSize: 1000,
};

/** Injection token of the RecordRetention in force. */
export const RECORD_RETENTION = Symbol('lavterskel:RecordRetention');
