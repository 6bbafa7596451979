import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientsClientRegistry1795455050228 implements MigrationInterface {
  name = 'ClientsClientRegistry1795455050228';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "clients"."client" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "national_id" character varying(11), "national_id_kind" character varying(16), "given_name" character varying(100), "family_name" character varying(100), "alias" character varying(60), "birth_year" smallint, "birth_date" date, "contact_channels" jsonb NOT NULL, "preferred_language" character varying(35), "interpreter_needed" boolean NOT NULL, "status" character varying(16) NOT NULL, "primary_contact" character varying(200) NOT NULL, "backup_contact" character varying(200), "application_id" uuid, "sort_name" character varying(100) NOT NULL, "search_text" text NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "client_backup_contact_check" CHECK ("backup_contact" <> "primary_contact"), CONSTRAINT "client_identified_check" CHECK ("national_id" IS NOT NULL OR ("alias" IS NOT NULL AND "birth_year" IS NOT NULL)), CONSTRAINT "client_national_id_check" CHECK ("national_id" ~ '^[0-9]{11}$'), CONSTRAINT "client_status_check" CHECK ("status" IN ('applicant', 'active', 'paused', 'discharged')), CONSTRAINT "client_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_96da49381769303a6515a8785c7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "client_tenant_status_idx" ON "clients"."client"  ("tenant_id", "status", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "client_tenant_backup_contact_idx" ON "clients"."client"  ("tenant_id", "backup_contact") `,
    );
    await queryRunner.query(
      `CREATE INDEX "client_tenant_primary_contact_idx" ON "clients"."client"  ("tenant_id", "primary_contact") `,
    );
    await queryRunner.query(
      `CREATE INDEX "client_tenant_sort_name_idx" ON "clients"."client"  ("tenant_id", "sort_name", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "client_tenant_application_key" ON "clients"."client"  ("tenant_id", "application_id") WHERE "application_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "client_tenant_national_id_key" ON "clients"."client"  ("tenant_id", "national_id") WHERE "national_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "clients"."application" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "received_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "name" character varying(100) NOT NULL, "phone" character varying(30), "meeting_place" character varying(200), "help_wanted" character varying(2000) NOT NULL, "preferred_language" character varying(35), "answer_acute_detox" boolean NOT NULL, "answer_pregnant" boolean NOT NULL, "answer_coercion_concern" boolean NOT NULL, "status" character varying(16) NOT NULL, "urgent" boolean NOT NULL, "triage_acute_detox" boolean, "triage_pregnancy" boolean, "triage_coercion_assessment" boolean, "triage_note" character varying(2000), "triaged_by" character varying(200), "triaged_at" TIMESTAMP(3) WITH TIME ZONE, "client_id" uuid, "first_contact_at" TIMESTAMP(3) WITH TIME ZONE, "closure_reason" character varying(32), "closed_by" character varying(200), "closed_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "application_reachable_check" CHECK ("phone" IS NOT NULL OR "meeting_place" IS NOT NULL), CONSTRAINT "application_closure_reason_check" CHECK ("closure_reason" IN ('withdrawn', 'unreachable', 'already-a-client', 'referred-elsewhere')), CONSTRAINT "application_status_check" CHECK ("status" IN ('received', 'triaged', 'converted', 'closed')), CONSTRAINT "application_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_569e0c3e863ebdf5f2408ee1670" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "application_tenant_status_received_idx" ON "clients"."application"  ("tenant_id", "status", "received_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "application_tenant_received_idx" ON "clients"."application"  ("tenant_id", "received_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "clients"."client_status_change" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "client_id" uuid NOT NULL, "from_status" character varying(16), "to_status" character varying(16) NOT NULL, "reason" character varying(500), "changed_by" character varying(200) NOT NULL, "changed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "client_status_change_to_status_check" CHECK ("to_status" IN ('applicant', 'active', 'paused', 'discharged')), CONSTRAINT "client_status_change_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_8edc1aa46876bad54af55714b2f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "client_status_change_tenant_client_idx" ON "clients"."client_status_change"  ("tenant_id", "client_id", "changed_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "clients"."clinical_profile" ("client_id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "main_substances" character varying(32) array NOT NULL, "rop" boolean, "diagnoses" character varying(8) array NOT NULL, "diagnoses_purpose" character varying(500), "version" integer NOT NULL, "updated_by" character varying(200) NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "clinical_profile_diagnoses_purpose_check" CHECK (cardinality("diagnoses") = 0 OR "diagnoses_purpose" IS NOT NULL), CONSTRAINT "clinical_profile_substances_check" CHECK ("main_substances" <@ ARRAY['alcohol', 'opioids', 'benzodiazepines', 'cannabis', 'amphetamines', 'cocaine', 'ghb', 'hallucinogens', 'other']::varchar[]), CONSTRAINT "clinical_profile_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "clinical_profile_pkey" PRIMARY KEY ("client_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "clients"."crisis_plan" ("client_id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "warning_signs" character varying(500) array NOT NULL, "what_helps" character varying(500) array NOT NULL, "who_to_call" jsonb NOT NULL, "agreed_with_client" boolean NOT NULL, "version" integer NOT NULL, "updated_by" character varying(200) NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "crisis_plan_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "crisis_plan_pkey" PRIMARY KEY ("client_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "clients"."vedtak" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "client_id" uuid NOT NULL, "reference" character varying(100), "service" character varying(200) NOT NULL, "minutes_per_week" integer NOT NULL, "decided_on" date NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "recorded_by" character varying(200) NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "vedtak_validity_check" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"), CONSTRAINT "vedtak_minutes_per_week_check" CHECK ("minutes_per_week" > 0 AND "minutes_per_week" <= 10080), CONSTRAINT "vedtak_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_fa549a0981078e5776f01c8502e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "vedtak_tenant_client_valid_from_idx" ON "clients"."vedtak"  ("tenant_id", "client_id", "valid_from", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "clients"."encounter" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "client_id" uuid NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "channel" character varying(32) NOT NULL, "outcome" character varying(32) NOT NULL, "duration_minutes" smallint, "topics" character varying(32) array NOT NULL, "note" character varying(2000), "vedtak_id" uuid, "intake" boolean NOT NULL, "recorded_by" character varying(200) NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "encounter_duration_check" CHECK (("outcome" = 'attended') = ("duration_minutes" IS NOT NULL AND "duration_minutes" > 0)), CONSTRAINT "encounter_topics_check" CHECK ("topics" <@ ARRAY['health', 'mental-health', 'substance-use', 'medication', 'housing', 'finances', 'work-and-activity', 'family-and-network', 'infection-control', 'legal', 'practical-help']::varchar[]), CONSTRAINT "encounter_outcome_check" CHECK ("outcome" IN ('attended', 'no-show', 'cancelled-by-client', 'cancelled-by-service')), CONSTRAINT "encounter_channel_check" CHECK ("channel" IN ('office', 'home-visit', 'street-outreach', 'phone', 'video', 'walk-and-talk', 'drop-in')), CONSTRAINT "encounter_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_1cf9e15e693ff9f0ef9b9061372" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "encounter_tenant_vedtak_time_idx" ON "clients"."encounter"  ("tenant_id", "vedtak_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "encounter_tenant_client_time_idx" ON "clients"."encounter"  ("tenant_id", "client_id", "occurred_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "clients"."handover_note" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "client_id" uuid NOT NULL, "text" character varying(4000) NOT NULL, "written_by" character varying(200) NOT NULL, "written_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "handover_note_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_9872fecf81fdba14a94f08b1d37" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "handover_note_tenant_client_time_idx" ON "clients"."handover_note"  ("tenant_id", "client_id", "written_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "clients"."handover_read_receipt" ("note_id" uuid NOT NULL, "reader" character varying(200) NOT NULL, "tenant_id" character varying(4) NOT NULL, "read_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "handover_read_receipt_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_7be10d1b59f5b759992b45d2397" PRIMARY KEY ("note_id", "reader"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "clients"."relative" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "client_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "relationship" character varying(32) NOT NULL, "roles" character varying(32) array NOT NULL, "phone" character varying(30), "email" character varying(200), "note" character varying(500), "version" integer NOT NULL, "updated_by" character varying(200) NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "relative_roles_check" CHECK ("roles" <@ ARRAY['next-of-kin', 'emergency-contact', 'trusted-person', 'contact-tracing']::varchar[]), CONSTRAINT "relative_relationship_check" CHECK ("relationship" IN ('mother', 'father', 'parent', 'sibling', 'partner', 'child', 'other-relative', 'friend', 'neighbour', 'other')), CONSTRAINT "relative_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_bb5db663bd141c44a5e1814647b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "relative_tenant_client_idx" ON "clients"."relative"  ("tenant_id", "client_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "clients"."vulnerability_flag" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "client_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "note" character varying(500), "set_by" character varying(200) NOT NULL, "set_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "cleared_by" character varying(200), "cleared_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "vulnerability_flag_code_check" CHECK ("code" IN ('overdose-history', 'pregnancy', 'no-phone', 'language-difficulty', 'homeless', 'somatic-risk', 'violence-risk')), CONSTRAINT "vulnerability_flag_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_b6be583f692625419195fabb2f2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "vulnerability_flag_active_key" ON "clients"."vulnerability_flag"  ("tenant_id", "client_id", "code") WHERE "cleared_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."application" ADD CONSTRAINT "application_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."client_status_change" ADD CONSTRAINT "client_status_change_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."clinical_profile" ADD CONSTRAINT "clinical_profile_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."crisis_plan" ADD CONSTRAINT "crisis_plan_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."vedtak" ADD CONSTRAINT "vedtak_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."encounter" ADD CONSTRAINT "encounter_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."encounter" ADD CONSTRAINT "encounter_vedtak_fk" FOREIGN KEY ("vedtak_id") REFERENCES "clients"."vedtak"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."handover_note" ADD CONSTRAINT "handover_note_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."handover_read_receipt" ADD CONSTRAINT "handover_read_receipt_note_fk" FOREIGN KEY ("note_id") REFERENCES "clients"."handover_note"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."relative" ADD CONSTRAINT "relative_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."vulnerability_flag" ADD CONSTRAINT "vulnerability_flag_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "clients"."vulnerability_flag" DROP CONSTRAINT "vulnerability_flag_client_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."relative" DROP CONSTRAINT "relative_client_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."handover_read_receipt" DROP CONSTRAINT "handover_read_receipt_note_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."handover_note" DROP CONSTRAINT "handover_note_client_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."encounter" DROP CONSTRAINT "encounter_vedtak_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."encounter" DROP CONSTRAINT "encounter_client_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "clients"."vedtak" DROP CONSTRAINT "vedtak_client_fk"`);
    await queryRunner.query(
      `ALTER TABLE "clients"."crisis_plan" DROP CONSTRAINT "crisis_plan_client_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."clinical_profile" DROP CONSTRAINT "clinical_profile_client_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."client_status_change" DROP CONSTRAINT "client_status_change_client_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."application" DROP CONSTRAINT "application_client_fk"`,
    );
    await queryRunner.query(`DROP INDEX "clients"."vulnerability_flag_active_key"`);
    await queryRunner.query(`DROP TABLE "clients"."vulnerability_flag"`);
    await queryRunner.query(`DROP INDEX "clients"."relative_tenant_client_idx"`);
    await queryRunner.query(`DROP TABLE "clients"."relative"`);
    await queryRunner.query(`DROP TABLE "clients"."handover_read_receipt"`);
    await queryRunner.query(`DROP INDEX "clients"."handover_note_tenant_client_time_idx"`);
    await queryRunner.query(`DROP TABLE "clients"."handover_note"`);
    await queryRunner.query(`DROP INDEX "clients"."encounter_tenant_client_time_idx"`);
    await queryRunner.query(`DROP INDEX "clients"."encounter_tenant_vedtak_time_idx"`);
    await queryRunner.query(`DROP TABLE "clients"."encounter"`);
    await queryRunner.query(`DROP INDEX "clients"."vedtak_tenant_client_valid_from_idx"`);
    await queryRunner.query(`DROP TABLE "clients"."vedtak"`);
    await queryRunner.query(`DROP TABLE "clients"."crisis_plan"`);
    await queryRunner.query(`DROP TABLE "clients"."clinical_profile"`);
    await queryRunner.query(`DROP INDEX "clients"."client_status_change_tenant_client_idx"`);
    await queryRunner.query(`DROP TABLE "clients"."client_status_change"`);
    await queryRunner.query(`DROP INDEX "clients"."application_tenant_received_idx"`);
    await queryRunner.query(`DROP INDEX "clients"."application_tenant_status_received_idx"`);
    await queryRunner.query(`DROP TABLE "clients"."application"`);
    await queryRunner.query(`DROP INDEX "clients"."client_tenant_national_id_key"`);
    await queryRunner.query(`DROP INDEX "clients"."client_tenant_application_key"`);
    await queryRunner.query(`DROP INDEX "clients"."client_tenant_sort_name_idx"`);
    await queryRunner.query(`DROP INDEX "clients"."client_tenant_primary_contact_idx"`);
    await queryRunner.query(`DROP INDEX "clients"."client_tenant_backup_contact_idx"`);
    await queryRunner.query(`DROP INDEX "clients"."client_tenant_status_idx"`);
    await queryRunner.query(`DROP TABLE "clients"."client"`);
  }
}
