import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '../row-level-security';
import { RUNTIME_ROLE } from '../runtime-role';

/**
 * Hand-written: the audit hash chain is linked after commit, not in it. Linking at commit held
 * the municipality's chain-head lock through each commit's WAL flush, so every audited write of
 * a municipality waited for the one before it (~40 writes/s). Now the audit row's transaction
 * only queues the row (`audit_chain_pending`, written by the statement trigger, committed or
 * rolled back with the row), and `kernel.link_audit_chain` links queued rows later in a short
 * transaction of its own: per tenant it takes an advisory transaction lock (skipping a tenant
 * another linker holds, unless told to wait) and the head row `FOR UPDATE`, links every queued row it can see in queue order,
 * stores each link's sequence number and deletes the queue entries. The queue holds only
 * committed rows a linker can see, so a row committed after a later-queued one is linked by the
 * next run instead of being skipped, and the sequence numbers are the order the verifier walks.
 * Links already written stay as they are: what is hashed is unchanged.
 */
/** The advisory-lock class of the linkers (the second key is the tenant's hash). */
const LINKER_LOCK = 1796178322;

export class KernelAuditChainAfterCommit1796178322481 implements MigrationInterface {
  name = 'KernelAuditChainAfterCommit1796178322481';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_event_chain" ON "kernel"."audit_event"`);
    await queryRunner.query(`DROP TRIGGER "audit_event_stage" ON "kernel"."audit_event"`);
    await queryRunner.query(`DROP FUNCTION "kernel"."chain_audit_event"()`);
    await queryRunner.query(`DROP FUNCTION "kernel"."link_staged_audit_events"()`);
    await queryRunner.query(`DROP FUNCTION "kernel"."stage_audit_events"()`);
    await queryRunner.query(
      `DROP FUNCTION "kernel"."append_audit_chain_link"("kernel"."audit_event")`,
    );
    // Empty here: commit-time linking emptied it in the transaction that filled it.
    await queryRunner.query(`DROP TABLE "kernel"."audit_chain_pending"`);
    await queryRunner.query(`CREATE TABLE "kernel"."audit_chain_pending" (
      "ord" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "tenant_id" character varying(4) NOT NULL,
      "event_id" uuid NOT NULL UNIQUE)`);
    await queryRunner.query(
      `CREATE INDEX "audit_chain_pending_tenant_idx" ON "kernel"."audit_chain_pending" ("tenant_id", "ord")`,
    );
    // Default privileges gave the runtime role the queue: it is the owner's alone, like the chain.
    await queryRunner.query(
      `REVOKE ALL ON "kernel"."audit_chain_pending" FROM PUBLIC, ${RUNTIME_ROLE}`,
    );
    await queryRunner.query(
      `REVOKE ALL ON SEQUENCE "kernel"."audit_chain_pending_ord_seq" FROM PUBLIC, ${RUNTIME_ROLE}`,
    );
    await enableTenantIsolation(queryRunner, 'kernel');
    await queryRunner.query(`CREATE FUNCTION "kernel"."queue_audit_events"() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        INSERT INTO kernel.audit_chain_pending (tenant_id, event_id) SELECT n.tenant_id, n.id FROM new_rows n;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "audit_event_queue" AFTER INSERT ON "kernel"."audit_event"
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kernel"."queue_audit_events"()`);
    await queryRunner.query(`CREATE FUNCTION "kernel"."link_audit_chain"(max_rows integer, wait boolean)
      RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      DECLARE
        tenant text;
        head record;
        e record;
        linked integer := 0;
        last_seq bigint;
        last_hash text;
        ords bigint[];
        seqs bigint[];
        ids uuid[];
        prevs text[];
        hashes text[];
      BEGIN
        FOR tenant IN SELECT DISTINCT p.tenant_id FROM kernel.audit_chain_pending p ORDER BY 1 LOOP
          -- One linker per tenant at a time, across processes. Another linker at this tenant
          -- right now links what is queued, so skip it (or, told to wait, queue behind it).
          IF wait THEN
            PERFORM pg_advisory_xact_lock(${LINKER_LOCK}, hashtext(tenant));
          ELSIF NOT pg_try_advisory_xact_lock(${LINKER_LOCK}, hashtext(tenant)) THEN
            CONTINUE;
          END IF;
          INSERT INTO kernel.audit_chain_head (tenant_id, seq, hash) VALUES (tenant, 0, repeat('0', 64))
            ON CONFLICT (tenant_id) DO NOTHING;
          SELECT h.seq, h.hash INTO head FROM kernel.audit_chain_head h WHERE h.tenant_id = tenant FOR UPDATE;
          last_seq := head.seq;
          last_hash := head.hash;
          ords := '{}'; seqs := '{}'; ids := '{}'; prevs := '{}'; hashes := '{}';
          -- A fresh snapshot, taken under the lock: every queued row committed so far, none linked yet.
          FOR e IN
            SELECT p.ord, a AS ev FROM kernel.audit_chain_pending p JOIN kernel.audit_event a ON a.id = p.event_id
              WHERE p.tenant_id = tenant ORDER BY p.ord LIMIT max_rows
          LOOP
            last_seq := last_seq + 1;
            prevs := prevs || last_hash;
            last_hash := encode(sha256(convert_to(last_hash || kernel.audit_event_canonical(e.ev), 'UTF8')), 'hex');
            ords := ords || e.ord;
            seqs := seqs || last_seq;
            ids := ids || (e.ev).id;
            hashes := hashes || last_hash;
          END LOOP;
          CONTINUE WHEN cardinality(ids) = 0;
          INSERT INTO kernel.audit_chain_link (tenant_id, seq, event_id, prev_hash, hash)
            SELECT tenant, s, i, p, h FROM unnest(seqs, ids, prevs, hashes) AS u(s, i, p, h);
          UPDATE kernel.audit_chain_head h SET seq = last_seq, hash = last_hash WHERE h.tenant_id = tenant;
          DELETE FROM kernel.audit_chain_pending p WHERE p.ord = ANY(ords);
          linked := linked + cardinality(ids);
        END LOOP;
        RETURN linked;
      END $$`);
    await queryRunner.query(
      `REVOKE EXECUTE ON FUNCTION "kernel"."queue_audit_events"(), "kernel"."link_audit_chain"(integer, boolean) FROM PUBLIC`,
    );
    // The API's periodic linker runs as the runtime role; linking only appends correct links.
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION "kernel"."link_audit_chain"(integer, boolean) TO ${RUNTIME_ROLE}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Link what is queued, then restore linking at commit (the previous migration's functions).
    await queryRunner.query(`SELECT kernel.link_audit_chain(2147483647, true)`);
    await queryRunner.query(`DROP TRIGGER "audit_event_queue" ON "kernel"."audit_event"`);
    await queryRunner.query(`DROP FUNCTION "kernel"."link_audit_chain"(integer, boolean)`);
    await queryRunner.query(`DROP FUNCTION "kernel"."queue_audit_events"()`);
    await queryRunner.query(`DROP TABLE "kernel"."audit_chain_pending"`);
    await queryRunner.query(`CREATE TABLE "kernel"."audit_chain_pending" (
      "txid" bigint NOT NULL, "ord" bigint GENERATED ALWAYS AS IDENTITY, "event_id" uuid NOT NULL,
      PRIMARY KEY ("txid", "ord"))`);
    await queryRunner.query(
      `REVOKE ALL ON "kernel"."audit_chain_pending" FROM PUBLIC, ${RUNTIME_ROLE}`,
    );
    await queryRunner.query(`CREATE FUNCTION "kernel"."append_audit_chain_link"(e "kernel"."audit_event") RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      DECLARE
        head record;
        next_hash text;
      BEGIN
        INSERT INTO kernel.audit_chain_head (tenant_id, seq, hash) VALUES (e.tenant_id, 0, repeat('0', 64))
          ON CONFLICT (tenant_id) DO NOTHING;
        SELECT seq, hash INTO head FROM kernel.audit_chain_head WHERE tenant_id = e.tenant_id FOR UPDATE;
        next_hash := encode(sha256(convert_to(head.hash || kernel.audit_event_canonical(e), 'UTF8')), 'hex');
        INSERT INTO kernel.audit_chain_link (tenant_id, seq, event_id, prev_hash, hash)
          VALUES (e.tenant_id, head.seq + 1, e.id, head.hash, next_hash);
        UPDATE kernel.audit_chain_head SET seq = head.seq + 1, hash = next_hash WHERE tenant_id = e.tenant_id;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION "kernel"."stage_audit_events"() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        INSERT INTO kernel.audit_chain_pending (txid, event_id)
          SELECT txid_current(), n.id FROM new_rows n;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION "kernel"."link_staged_audit_events"() RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      DECLARE
        tx bigint := txid_current();
        tenant text;
        head record;
        e kernel.audit_event;
        last_seq bigint;
        last_hash text;
        seqs bigint[];
        ids uuid[];
        prevs text[];
        hashes text[];
      BEGIN
        FOR tenant IN
          SELECT DISTINCT a.tenant_id FROM kernel.audit_chain_pending p
            JOIN kernel.audit_event a ON a.id = p.event_id WHERE p.txid = tx ORDER BY 1
        LOOP
          INSERT INTO kernel.audit_chain_head (tenant_id, seq, hash) VALUES (tenant, 0, repeat('0', 64))
            ON CONFLICT (tenant_id) DO NOTHING;
          SELECT h.seq, h.hash INTO head FROM kernel.audit_chain_head h WHERE h.tenant_id = tenant FOR UPDATE;
          last_seq := head.seq;
          last_hash := head.hash;
          seqs := '{}'; ids := '{}'; prevs := '{}'; hashes := '{}';
          FOR e IN
            SELECT a.* FROM kernel.audit_chain_pending p JOIN kernel.audit_event a ON a.id = p.event_id
              WHERE p.txid = tx AND a.tenant_id = tenant ORDER BY p.ord
          LOOP
            last_seq := last_seq + 1;
            prevs := prevs || last_hash;
            last_hash := encode(sha256(convert_to(last_hash || kernel.audit_event_canonical(e), 'UTF8')), 'hex');
            seqs := seqs || last_seq;
            ids := ids || e.id;
            hashes := hashes || last_hash;
          END LOOP;
          INSERT INTO kernel.audit_chain_link (tenant_id, seq, event_id, prev_hash, hash)
            SELECT tenant, s, i, p, h FROM unnest(seqs, ids, prevs, hashes) AS u(s, i, p, h);
          UPDATE kernel.audit_chain_head h SET seq = last_seq, hash = last_hash WHERE h.tenant_id = tenant;
        END LOOP;
        DELETE FROM kernel.audit_chain_pending WHERE txid = tx;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION "kernel"."chain_audit_event"() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        IF current_setting('lavterskel.audit_chain_linked', true) IS DISTINCT FROM txid_current()::text THEN
          PERFORM kernel.link_staged_audit_events();
          PERFORM set_config('lavterskel.audit_chain_linked', txid_current()::text, true);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "audit_event_stage" AFTER INSERT ON "kernel"."audit_event"
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kernel"."stage_audit_events"()`);
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER "audit_event_chain" AFTER INSERT ON "kernel"."audit_event"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "kernel"."chain_audit_event"()`);
    await queryRunner.query(
      `REVOKE EXECUTE ON FUNCTION "kernel"."append_audit_chain_link"("kernel"."audit_event"), "kernel"."chain_audit_event"(),
        "kernel"."stage_audit_events"(), "kernel"."link_staged_audit_events"() FROM PUBLIC`,
    );
  }
}
