import type { MigrationInterface, QueryRunner } from 'typeorm';

const APPEND_ONLY_TABLES = ['consent', 'consent_version', 'sharing_decision', 'decision_review', 'disclosure'];

export class ConsentRecords1795454800916 implements MigrationInterface {
  name = 'ConsentRecords1795454800916';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "consent"."consent" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "client_id" uuid NOT NULL, "granted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "consent_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "consent_tenant_client_idx" ON "consent"."consent"  ("tenant_id", "client_id", "granted_at", "id") `);
    await queryRunner.query(`CREATE TABLE "consent"."consent_version" ("tenant_id" character varying(4) NOT NULL, "consent_id" uuid NOT NULL, "version" integer NOT NULL, "change" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "categories" text array NOT NULL, "purposes" text array NOT NULL, "recipients" jsonb NOT NULL, "valid_from" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "valid_to" TIMESTAMP(3) WITH TIME ZONE, "method" character varying(16) NOT NULL, "withdrawal_reason" text, "recorded_by" text NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "consent_version_terms_check" CHECK (cardinality("categories") > 0 AND cardinality("purposes") > 0 AND jsonb_array_length("recipients") > 0), CONSTRAINT "consent_version_method_check" CHECK ("method" IN ('written', 'oral', 'digital')), CONSTRAINT "consent_version_status_check" CHECK (("status" = 'withdrawn') = ("change" = 'withdrawn') AND "status" IN ('active', 'withdrawn')), CONSTRAINT "consent_version_change_check" CHECK ("change" IN ('granted', 'amended', 'withdrawn')), CONSTRAINT "consent_version_validity_check" CHECK ("valid_to" IS NULL OR "valid_to" > "valid_from"), CONSTRAINT "consent_version_version_check" CHECK ("version" >= 1), CONSTRAINT "consent_version_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_047f1f082098eeb2d364f21cc7b" PRIMARY KEY ("tenant_id", "consent_id", "version"))`);
    await queryRunner.query(`CREATE TABLE "consent"."sharing_decision" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "client_id" uuid NOT NULL, "category" character varying(64) NOT NULL, "purpose" character varying(64) NOT NULL, "recipient" jsonb NOT NULL, "outcome" character varying(8) NOT NULL, "basis_kind" character varying(16), "consent_id" uuid, "consent_version" integer, "legal_basis" character varying(64), "justification" text, "reasons" jsonb NOT NULL, "review_required" boolean NOT NULL, "decided_by" text NOT NULL, "decided_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "sharing_decision_review_check" CHECK ("review_required" = ("basis_kind" IS NOT DISTINCT FROM 'legal-basis')), CONSTRAINT "sharing_decision_basis_check" CHECK ("basis_kind" IS NULL OR ("basis_kind" = 'consent' AND "consent_id" IS NOT NULL AND "consent_version" IS NOT NULL) OR ("basis_kind" = 'legal-basis' AND "legal_basis" IS NOT NULL AND "justification" IS NOT NULL)), CONSTRAINT "sharing_decision_outcome_check" CHECK ("outcome" IN ('permit', 'deny') AND ("outcome" = 'permit') = ("basis_kind" IS NOT NULL)), CONSTRAINT "sharing_decision_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_a4e7f44e0beb588d55543fc76f4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sharing_decision_review_idx" ON "consent"."sharing_decision"  ("tenant_id", "decided_at", "id") WHERE "review_required"`);
    await queryRunner.query(`CREATE INDEX "sharing_decision_tenant_client_idx" ON "consent"."sharing_decision"  ("tenant_id", "client_id", "decided_at") `);
    await queryRunner.query(`CREATE TABLE "consent"."decision_review" ("decision_id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "conclusion" character varying(16) NOT NULL, "note" text, "reviewed_by" text NOT NULL, "reviewed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "decision_review_conclusion_check" CHECK ("conclusion" IN ('justified', 'not-justified')), CONSTRAINT "decision_review_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_2f7a84f073b3105e2222616cc16" PRIMARY KEY ("decision_id"))`);
    await queryRunner.query(`CREATE TABLE "consent"."disclosure" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "client_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "category" character varying(64) NOT NULL, "purpose" character varying(64) NOT NULL, "recipient" jsonb NOT NULL, "basis_kind" character varying(16) NOT NULL, "consent_id" uuid, "consent_version" integer, "legal_basis" character varying(64), "justification" text, "description" text NOT NULL, "disclosed_by" text NOT NULL, "disclosed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "disclosure_basis_check" CHECK (("basis_kind" = 'consent' AND "consent_id" IS NOT NULL AND "consent_version" IS NOT NULL) OR ("basis_kind" = 'legal-basis' AND "legal_basis" IS NOT NULL AND "justification" IS NOT NULL)), CONSTRAINT "disclosure_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_b8eace3be471f4a07b7fce9f4d6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "disclosure_decision_key" ON "consent"."disclosure"  ("decision_id") `);
    await queryRunner.query(`CREATE INDEX "disclosure_tenant_client_idx" ON "consent"."disclosure"  ("tenant_id", "client_id", "disclosed_at", "id") `);
    await queryRunner.query(`ALTER TABLE "consent"."consent_version" ADD CONSTRAINT "consent_version_consent_fk" FOREIGN KEY ("consent_id") REFERENCES "consent"."consent"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent"."decision_review" ADD CONSTRAINT "decision_review_decision_fk" FOREIGN KEY ("decision_id") REFERENCES "consent"."sharing_decision"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent"."disclosure" ADD CONSTRAINT "disclosure_decision_fk" FOREIGN KEY ("decision_id") REFERENCES "consent"."sharing_decision"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    // Hand-written: consents, decisions, reviews and disclosures are append-only for everyone,
    // the application included. A change is a new row; nothing is edited or deleted.
    await queryRunner.query(`CREATE FUNCTION "consent"."refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'consent.% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of APPEND_ONLY_TABLES) {
      await queryRunner.query(`CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE ON "consent"."${table}" FOR EACH ROW EXECUTE FUNCTION "consent"."refuse_change"()`);
      await queryRunner.query(`CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "consent"."${table}" FOR EACH STATEMENT EXECUTE FUNCTION "consent"."refuse_change"()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of APPEND_ONLY_TABLES) {
      await queryRunner.query(`DROP TRIGGER "${table}_no_truncate" ON "consent"."${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_append_only" ON "consent"."${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "consent"."refuse_change"()`);
    await queryRunner.query(`ALTER TABLE "consent"."disclosure" DROP CONSTRAINT "disclosure_decision_fk"`);
    await queryRunner.query(`ALTER TABLE "consent"."decision_review" DROP CONSTRAINT "decision_review_decision_fk"`);
    await queryRunner.query(`ALTER TABLE "consent"."consent_version" DROP CONSTRAINT "consent_version_consent_fk"`);
    await queryRunner.query(`DROP INDEX "consent"."disclosure_tenant_client_idx"`);
    await queryRunner.query(`DROP INDEX "consent"."disclosure_decision_key"`);
    await queryRunner.query(`DROP TABLE "consent"."disclosure"`);
    await queryRunner.query(`DROP TABLE "consent"."decision_review"`);
    await queryRunner.query(`DROP INDEX "consent"."sharing_decision_tenant_client_idx"`);
    await queryRunner.query(`DROP INDEX "consent"."sharing_decision_review_idx"`);
    await queryRunner.query(`DROP TABLE "consent"."sharing_decision"`);
    await queryRunner.query(`DROP TABLE "consent"."consent_version"`);
    await queryRunner.query(`DROP INDEX "consent"."consent_tenant_client_idx"`);
    await queryRunner.query(`DROP TABLE "consent"."consent"`);
  }
}
