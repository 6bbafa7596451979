import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Requests counted against a rate limit in one fixed window, shared by every API process so
 * that a limit holds behind a load balancer. The key is a hash of route and caller; no
 * personal data is kept. Rows past `expires_at` are purged.
 */
@Entity({ schema: 'kernel', name: 'rate_limit_hits' })
@Index('rate_limit_hits_expires_at_idx', ['expiresAt'])
export class RateLimitHitEntity {
  @PrimaryColumn({ name: 'key', type: 'varchar', length: 128 })
  key!: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz', precision: 3 })
  windowStart!: Date;

  /** The named limit the key belongs to, for operators reading the table. */
  @Column({ name: 'throttler', type: 'varchar', length: 64 })
  throttler!: string;

  @Column({ name: 'hits', type: 'integer' })
  hits!: number;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt!: Date;
}
