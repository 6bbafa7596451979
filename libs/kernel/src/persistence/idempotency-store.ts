import type { EntityManagerAccessor } from './entity-manager-accessor';
import { IdempotencyRecordEntity } from './idempotency-record.entity';
import { queryPrepared, type PreparedStatement } from './prepared-query';
import type { HeldAuditRows } from './typeorm-audit-log';

/** Both run on every creating POST: named statements, planned once per connection. */
const CLAIM: PreparedStatement = {
  name: 'kernel.idempotency-claim',
  text: `INSERT INTO "kernel"."idempotency_record" AS record
      (tenant_id, actor_subject, idempotency_key, request_fingerprint, created_at, expires_at)
    VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (tenant_id, actor_subject, idempotency_key) DO UPDATE SET
      request_fingerprint = EXCLUDED.request_fingerprint, created_at = EXCLUDED.created_at,
      expires_at = EXCLUDED.expires_at, response_status = NULL, response_body = NULL,
      response_headers = NULL
    WHERE record.expires_at <= EXCLUDED.created_at
    RETURNING 1`,
};

const COMPLETE_SQL = `UPDATE "kernel"."idempotency_record"
    SET response_status = $4, response_body = $5::jsonb, response_headers = $6::jsonb
    WHERE tenant_id = $1 AND actor_subject = $2 AND idempotency_key = $3`;

export interface IdempotencyIdentity {
  tenantId: string;
  actorSubject: string;
  idempotencyKey: string;
}

export interface StoredResponse {
  requestFingerprint: string;
  status: number | null;
  /** The JSON the handler returned (creating POSTs answer with an object). */
  body: object | null;
  headers: Record<string, string>;
}

/** Idempotency keys and their responses; every call joins the caller's transaction. */
export class IdempotencyStore {
  constructor(private readonly manager: EntityManagerAccessor) {}

  /**
   * Claims the key for this request until `expiresAt`. False when it is already taken and not
   * expired; an expired record is taken over as if the key were new. If another transaction
   * holds the key uncommitted, this waits for that one to end first.
   */
  async claim(
    identity: IdempotencyIdentity,
    requestFingerprint: string,
    claim: { at: Date; expiresAt: Date },
  ): Promise<boolean> {
    const claimed = await queryPrepared(this.manager(), CLAIM, [
      identity.tenantId,
      identity.actorSubject,
      identity.idempotencyKey,
      requestFingerprint,
      claim.at,
      claim.expiresAt,
    ]);
    return claimed.length === 1;
  }

  /**
   * Stores the answer a retry replays. With `auditRows`, the transaction's held-back audit rows
   * are written by the same statement (it is the transaction's last).
   */
  async complete(
    identity: IdempotencyIdentity,
    response: Omit<StoredResponse, 'requestFingerprint'>,
    auditRows?: HeldAuditRows,
  ): Promise<void> {
    // Serialised here as TypeORM serialises jsonb (pg would write an array as a PostgreSQL array).
    const values: unknown[] = [
      identity.tenantId,
      identity.actorSubject,
      identity.idempotencyKey,
      response.status,
      response.body === null ? null : JSON.stringify(response.body),
      JSON.stringify(response.headers),
    ];
    const audit = auditRows?.insert((value) => `$${values.push(value)}`);
    const statement: PreparedStatement = audit
      ? {
          name: 'kernel.idempotency-complete:audited',
          text: `WITH audited AS (${audit}) ${COMPLETE_SQL}`,
        }
      : { name: 'kernel.idempotency-complete', text: COMPLETE_SQL };
    await queryPrepared(this.manager(), statement, values);
  }

  async find(identity: IdempotencyIdentity): Promise<StoredResponse> {
    const row = await this.manager().findOneByOrFail(IdempotencyRecordEntity, identity);
    return {
      requestFingerprint: row.requestFingerprint,
      status: row.responseStatus,
      body: row.responseBody,
      headers: row.responseHeaders ?? {},
    };
  }
}
