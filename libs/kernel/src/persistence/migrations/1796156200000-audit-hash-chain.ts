import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: a hash chain over the audit trail, per tenant. Each audit row gets a link
 * (sequence number, previous hash, hash of previous hash + the row's canonical text) at commit,
 * from a deferred trigger that locks the tenant's chain head: concurrent writers queue for
 * the moment of their commit only, and take their numbers in commit order. The trigger runs
 * as the owner (SECURITY DEFINER); the runtime role can neither write nor call any of it.
 * `verifyAuditChain` walks the links and names the first altered or deleted row.
 */
export class KernelAuditHashChain1796156200000 implements MigrationInterface {
  name = 'KernelAuditHashChain1796156200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "kernel"."audit_chain_head" (
      "tenant_id" character varying(4) PRIMARY KEY, "seq" bigint NOT NULL, "hash" character(64) NOT NULL)`);
    await queryRunner.query(`CREATE TABLE "kernel"."audit_chain_link" (
      "tenant_id" character varying(4) NOT NULL, "seq" bigint NOT NULL, "event_id" uuid NOT NULL UNIQUE,
      "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, PRIMARY KEY ("tenant_id", "seq"))`);
    // What the hash covers: every column, in a fixed order, times as epoch milliseconds.
    await queryRunner.query(`CREATE FUNCTION "kernel"."audit_event_canonical"(e "kernel"."audit_event") RETURNS text
      LANGUAGE sql STABLE AS $$
        SELECT jsonb_build_array(e.id, e.tenant_id, (extract(epoch FROM e.occurred_at) * 1000)::bigint,
          e.actor_subject, e.actor_roles, e.action, e.resource_type, e.resource_id, e.client_id, e.reason,
          e.request_id)::text
      $$`);
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
    await queryRunner.query(`CREATE FUNCTION "kernel"."chain_audit_event"() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        PERFORM kernel.append_audit_chain_link(NEW);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER "audit_event_chain" AFTER INSERT ON "kernel"."audit_event"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "kernel"."chain_audit_event"()`);
    // Rows written before the chain existed join it in the order they happened.
    await queryRunner.query(`DO $$ DECLARE e kernel.audit_event; BEGIN
        FOR e IN SELECT * FROM kernel.audit_event ORDER BY tenant_id, occurred_at, id LOOP
          PERFORM kernel.append_audit_chain_link(e);
        END LOOP;
      END $$`);
    // Default privileges gave the runtime role these tables: the chain is the owner's alone.
    await queryRunner.query(
      `REVOKE ALL ON "kernel"."audit_chain_head", "kernel"."audit_chain_link" FROM PUBLIC, lavterskel_app`,
    );
    await queryRunner.query(
      `REVOKE EXECUTE ON FUNCTION "kernel"."append_audit_chain_link"("kernel"."audit_event") FROM PUBLIC`,
    );
    await queryRunner.query(
      `REVOKE EXECUTE ON FUNCTION "kernel"."chain_audit_event"() FROM PUBLIC`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_event_chain" ON "kernel"."audit_event"`);
    await queryRunner.query(`DROP FUNCTION "kernel"."chain_audit_event"()`);
    await queryRunner.query(
      `DROP FUNCTION "kernel"."append_audit_chain_link"("kernel"."audit_event")`,
    );
    await queryRunner.query(
      `DROP FUNCTION "kernel"."audit_event_canonical"("kernel"."audit_event")`,
    );
    await queryRunner.query(`DROP TABLE "kernel"."audit_chain_link"`);
    await queryRunner.query(`DROP TABLE "kernel"."audit_chain_head"`);
  }
}
