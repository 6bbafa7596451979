import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: the audit hash chain, linked once per transaction instead of once per row.
 * Linking each row at commit updated the tenant's chain head once per row, and every update of
 * one row within a transaction left a version the next lookup had to step over: a crisis
 * activation writing 50 000 audit rows spent minutes there. Now a statement trigger stages the
 * new rows' ids (no lock), and at commit the first deferred row trigger links every staged row
 * of the transaction — tenant by tenant in id order (one lock each, so writers cannot deadlock),
 * in the order the rows were written, hashes computed in one pass, one multi-row insert of links and one head update per tenant —
 * and marks the transaction done, so the remaining row triggers return at once. What is hashed,
 * and so what `verifyAuditChain` checks, is unchanged.
 */
export class KernelAuditChainPerTransaction1796160000001 implements MigrationInterface {
  name = 'KernelAuditChainPerTransaction1796160000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "kernel"."audit_chain_pending" (
      "txid" bigint NOT NULL, "ord" bigint GENERATED ALWAYS AS IDENTITY, "event_id" uuid NOT NULL,
      PRIMARY KEY ("txid", "ord"))`);
    await queryRunner.query(
      `REVOKE ALL ON "kernel"."audit_chain_pending" FROM PUBLIC, lavterskel_app`,
    );
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
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "kernel"."chain_audit_event"() RETURNS trigger
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
    await queryRunner.query(
      `REVOKE EXECUTE ON FUNCTION "kernel"."stage_audit_events"(), "kernel"."link_staged_audit_events"() FROM PUBLIC`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_event_stage" ON "kernel"."audit_event"`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "kernel"."chain_audit_event"() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        PERFORM kernel.append_audit_chain_link(NEW);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP FUNCTION "kernel"."link_staged_audit_events"()`);
    await queryRunner.query(`DROP FUNCTION "kernel"."stage_audit_events"()`);
    await queryRunner.query(`DROP TABLE "kernel"."audit_chain_pending"`);
  }
}
