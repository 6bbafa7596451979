import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ServicesTables1795456024157 implements MigrationInterface {
  name = 'ServicesTables1795456024157';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "services"."team" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "team_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_f57d8293406df4af348402e4b74" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "team_tenant_name_key" ON "services"."team"  ("tenant_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."service" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "team_id" uuid NOT NULL, "name" text NOT NULL, "category" character varying(32) NOT NULL, "location_name" text NOT NULL, "location_address" text, "opening_hours" jsonb NOT NULL, "capacity" integer, "critical" boolean NOT NULL, "required_competencies" text array NOT NULL, "mode" character varying(16) NOT NULL, "mode_changed_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "service_capacity_check" CHECK ("capacity" IS NULL OR "capacity" >= 1), CONSTRAINT "service_mode_check" CHECK ("mode" IN ('open', 'reduced', 'remote', 'outdoor-only', 'delivery-only', 'closed')), CONSTRAINT "service_category_check" CHECK ("category" IN ('prevention', 'low-threshold', 'treatment-follow-up', 'aftercare', 'housing', 'activity', 'work')), CONSTRAINT "service_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_85a21558c006647cd76fdce044b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "service_tenant_team_idx" ON "services"."service"  ("tenant_id", "team_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "service_tenant_name_key" ON "services"."service"  ("tenant_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."service_mode_change" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "service_id" uuid NOT NULL, "from_mode" character varying(16) NOT NULL, "to_mode" character varying(16) NOT NULL, "reason" text NOT NULL, "changed_by" text NOT NULL, "changed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "service_mode_change_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_73174e9633b5217e80841c8fc64" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "service_mode_change_tenant_service_idx" ON "services"."service_mode_change"  ("tenant_id", "service_id", "changed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."partner" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "name" text NOT NULL, "kind" character varying(16) NOT NULL, "organisation_number" character(9), "phone" text, "email" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "partner_kind_check" CHECK ("kind" IN ('ngo', 'dps', 'tsb', 'nav', 'pharmacy', 'gp', 'housing', 'other')), CONSTRAINT "partner_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_8f34ff11ddd5459eacbfacd48ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "partner_tenant_kind_idx" ON "services"."partner"  ("tenant_id", "kind", "name") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "partner_tenant_name_key" ON "services"."partner"  ("tenant_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."prescription" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "client_id" uuid NOT NULL, "service_id" uuid NOT NULL, "medication" character varying(32) NOT NULL, "daily_dose_mg" numeric(8,3) NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "place" character varying(16) NOT NULL, "pharmacy_id" uuid, "prescriber" text NOT NULL, "created_by" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "prescription_place_check" CHECK (("place" = 'centre' AND "pharmacy_id" IS NULL) OR ("place" = 'pharmacy' AND "pharmacy_id" IS NOT NULL)), CONSTRAINT "prescription_period_check" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"), CONSTRAINT "prescription_dose_check" CHECK ("daily_dose_mg" > 0), CONSTRAINT "prescription_medication_check" CHECK ("medication" IN ('methadone', 'buprenorphine', 'buprenorphine-naloxone', 'levomethadone', 'slow-release-morphine')), CONSTRAINT "prescription_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_eaba5e4414e5382781e08467b51" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "prescription_tenant_service_idx" ON "services"."prescription"  ("tenant_id", "service_id", "valid_from") `,
    );
    await queryRunner.query(
      `CREATE INDEX "prescription_tenant_client_idx" ON "services"."prescription"  ("tenant_id", "client_id", "valid_from") `,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."dispensing_event" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "prescription_id" uuid NOT NULL, "client_id" uuid NOT NULL, "dispensing_date" date NOT NULL, "dispensed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "channel" character varying(16) NOT NULL, "dose_mg" numeric(8,3) NOT NULL, "dispensed_by" text NOT NULL, "corrects_event_id" uuid, "voided_at" TIMESTAMP(3) WITH TIME ZONE, "voided_by" text, "void_reason" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "dispensing_event_void_check" CHECK (("voided_at" IS NULL AND "voided_by" IS NULL AND "void_reason" IS NULL) OR ("voided_at" IS NOT NULL AND "voided_by" IS NOT NULL AND "void_reason" IS NOT NULL)), CONSTRAINT "dispensing_event_oslo_day_check" CHECK ("dispensing_date" = ("dispensed_at" AT TIME ZONE 'Europe/Oslo')::date), CONSTRAINT "dispensing_event_dose_check" CHECK ("dose_mg" > 0), CONSTRAINT "dispensing_event_channel_check" CHECK ("channel" IN ('counter', 'hatch', 'home-delivery', 'pharmacy')), CONSTRAINT "dispensing_event_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_4a9f73edcd67882a8889455ee46" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "dispensing_event_tenant_prescription_idx" ON "services"."dispensing_event"  ("tenant_id", "prescription_id", "dispensed_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "dispensing_event_once_per_day_key" ON "services"."dispensing_event"  ("tenant_id", "prescription_id", "dispensing_date") WHERE "voided_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."prescription_transfer" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "prescription_id" uuid NOT NULL, "from_date" date NOT NULL, "until_date" date NOT NULL, "reason" text NOT NULL, "created_by" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "prescription_transfer_period_check" CHECK ("until_date" >= "from_date"), CONSTRAINT "prescription_transfer_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_71359a112ff6014a0169d4e74f0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "prescription_transfer_tenant_prescription_idx" ON "services"."prescription_transfer"  ("tenant_id", "prescription_id", "from_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."distribution_record" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "service_id" uuid NOT NULL, "client_id" uuid, "item" character varying(32) NOT NULL, "quantity" integer NOT NULL, "setting" character varying(32) NOT NULL, "partner_id" uuid, "given_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "given_on" date NOT NULL, "recorded_by" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "distribution_record_oslo_day_check" CHECK ("given_on" = ("given_at" AT TIME ZONE 'Europe/Oslo')::date), CONSTRAINT "distribution_record_quantity_check" CHECK ("quantity" BETWEEN 1 AND 100), CONSTRAINT "distribution_record_setting_check" CHECK ("setting" IN ('premises', 'outreach', 'delivery', 'temporary-housing')), CONSTRAINT "distribution_record_item_check" CHECK ("item" IN ('clean-equipment', 'naloxone', 'wound-care-kit', 'nutrition-drink', 'food-bag', 'clothing')), CONSTRAINT "distribution_record_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_8ca6933b143562e95e6ae92ab00" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "distribution_record_tenant_client_idx" ON "services"."distribution_record"  ("tenant_id", "client_id", "given_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "distribution_record_tenant_day_idx" ON "services"."distribution_record"  ("tenant_id", "given_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."enrolment" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "client_id" uuid NOT NULL, "service_id" uuid NOT NULL, "started_on" date NOT NULL, "ended_on" date, "reason" text NOT NULL, "end_reason" text, "created_by" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "version" integer NOT NULL, CONSTRAINT "enrolment_period_check" CHECK ("ended_on" IS NULL OR "ended_on" >= "started_on"), CONSTRAINT "enrolment_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_5d2679f6c891d77c58aa0e05f2b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "enrolment_tenant_service_idx" ON "services"."enrolment"  ("tenant_id", "service_id", "started_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "enrolment_tenant_client_idx" ON "services"."enrolment"  ("tenant_id", "client_id", "started_on") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "enrolment_open_key" ON "services"."enrolment"  ("tenant_id", "service_id", "client_id") WHERE "ended_on" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."health_measure" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "service_id" uuid NOT NULL, "client_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "code" character varying(32) NOT NULL, "result" character varying(16), "performed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "recorded_by" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "health_measure_result_check" CHECK (("kind" = 'test') = ("result" IS NOT NULL)), CONSTRAINT "health_measure_kind_check" CHECK ("kind" IN ('test', 'vaccination')), CONSTRAINT "health_measure_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_3438268268f41f4ee72a919eabd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "health_measure_tenant_client_idx" ON "services"."health_measure"  ("tenant_id", "client_id", "performed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."outreach_request" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "service_id" uuid NOT NULL, "client_id" uuid, "channel" character varying(16) NOT NULL, "received_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "location" text NOT NULL, "need" text NOT NULL, "status" character varying(16) NOT NULL, "created_by" text NOT NULL, CONSTRAINT "outreach_request_status_check" CHECK ("status" IN ('open', 'assigned', 'closed')), CONSTRAINT "outreach_request_channel_check" CHECK ("channel" IN ('phone', 'text-message', 'partner', 'in-person')), CONSTRAINT "outreach_request_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_9174622b162541a3186a5b6d4e2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outreach_request_tenant_queue_idx" ON "services"."outreach_request"  ("tenant_id", "service_id", "status", "received_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."mission" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "service_id" uuid NOT NULL, "request_id" uuid, "client_id" uuid, "planned_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "location" text NOT NULL, "staff_ids" uuid array NOT NULL, "two_staff_required" boolean NOT NULL, "status" character varying(16) NOT NULL, "outcome" text, "created_by" text NOT NULL, "version" integer NOT NULL, CONSTRAINT "mission_two_staff_check" CHECK (NOT "two_staff_required" OR cardinality("staff_ids") >= 2), CONSTRAINT "mission_staff_check" CHECK (cardinality("staff_ids") >= 1), CONSTRAINT "mission_status_check" CHECK ("status" IN ('planned', 'completed', 'cancelled')), CONSTRAINT "mission_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_54f1391034bc7dd30666dee0d4c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "mission_tenant_service_idx" ON "services"."mission"  ("tenant_id", "service_id", "planned_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."outreach_place" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "service_id" uuid NOT NULL, "name" text NOT NULL, "description" text, "schedule" jsonb NOT NULL, "active_from" date NOT NULL, "active_to" date, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "outreach_place_period_check" CHECK ("active_to" IS NULL OR "active_to" >= "active_from"), CONSTRAINT "outreach_place_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_6092dbb6ee6afd82fae8d4098d9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outreach_place_tenant_service_idx" ON "services"."outreach_place"  ("tenant_id", "service_id", "name") `,
    );
    await queryRunner.query(
      `CREATE INDEX "outreach_place_tenant_name_idx" ON "services"."outreach_place"  ("tenant_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."outreach_contact" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "service_id" uuid NOT NULL, "mission_id" uuid, "place_id" uuid, "client_id" uuid, "met_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "new_contact" boolean NOT NULL, "symptoms" text array NOT NULL, "testing_advised" boolean NOT NULL, "referrals" text array NOT NULL, "recorded_by" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "outreach_contact_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_7e310506fd287f4306f39f05738" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outreach_contact_tenant_service_idx" ON "services"."outreach_contact"  ("tenant_id", "service_id", "met_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "outreach_contact_tenant_client_idx" ON "services"."outreach_contact"  ("tenant_id", "client_id", "met_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."cooperation_meeting" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "service_id" uuid NOT NULL, "held_on" date NOT NULL, "partner_ids" uuid array NOT NULL, "topic" text NOT NULL, "summary" text NOT NULL, "recorded_by" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "cooperation_meeting_partners_check" CHECK (cardinality("partner_ids") >= 1), CONSTRAINT "cooperation_meeting_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_78b39d641ccdf77ed309a824e2f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "cooperation_meeting_tenant_service_idx" ON "services"."cooperation_meeting"  ("tenant_id", "service_id", "held_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."escalation" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "client_id" uuid NOT NULL, "service_id" uuid NOT NULL, "forum_date" date NOT NULL, "summary" text NOT NULL, "status" character varying(16) NOT NULL, "outcome" text, "decided_on" date, "created_by" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "version" integer NOT NULL, CONSTRAINT "escalation_outcome_check" CHECK (("status" = 'open' AND "outcome" IS NULL AND "decided_on" IS NULL) OR ("status" = 'resolved' AND "outcome" IS NOT NULL AND "decided_on" IS NOT NULL)), CONSTRAINT "escalation_status_check" CHECK ("status" IN ('open', 'resolved')), CONSTRAINT "escalation_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_2c9a4d9277ed8620a8a72813864" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "escalation_tenant_client_idx" ON "services"."escalation"  ("tenant_id", "client_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."staff_member" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "subject" text, "name" text NOT NULL, "profession" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "staff_member_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_342343208cbc30b3c14a976b0a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "staff_member_tenant_name_idx" ON "services"."staff_member"  ("tenant_id", "name") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "staff_member_tenant_subject_key" ON "services"."staff_member"  ("tenant_id", "subject") WHERE "subject" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."availability_period" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "staff_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "from_date" date NOT NULL, "to_date" date NOT NULL, "partner_id" uuid, "recorded_by" text NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "availability_period_partner_check" CHECK (("status" = 'lent-to-partner') = ("partner_id" IS NOT NULL)), CONSTRAINT "availability_period_dates_check" CHECK ("to_date" >= "from_date"), CONSTRAINT "availability_period_status_check" CHECK ("status" IN ('on-duty', 'sick', 'quarantined', 'lent-to-partner')), CONSTRAINT "availability_period_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_51fe2a199669f86fdad37c16906" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "availability_period_tenant_staff_idx" ON "services"."availability_period"  ("tenant_id", "staff_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "availability_period_tenant_day_idx" ON "services"."availability_period"  ("tenant_id", "from_date", "to_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."competency" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "staff_id" uuid NOT NULL, "code" character varying(64) NOT NULL, "certified_on" date NOT NULL, "expires_on" date, "recorded_by" text NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "competency_validity_check" CHECK ("expires_on" IS NULL OR "expires_on" >= "certified_on"), CONSTRAINT "competency_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_9b9cd5b5654e3900e92f6956436" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "competency_tenant_staff_idx" ON "services"."competency"  ("tenant_id", "staff_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."team_membership" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "team_id" uuid NOT NULL, "staff_id" uuid NOT NULL, "joined_on" date NOT NULL, "left_on" date, CONSTRAINT "team_membership_period_check" CHECK ("left_on" IS NULL OR "left_on" >= "joined_on"), CONSTRAINT "team_membership_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_b4f8962cc9081c5d30e78cecefc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "team_membership_tenant_staff_idx" ON "services"."team_membership"  ("tenant_id", "staff_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "team_membership_open_key" ON "services"."team_membership"  ("tenant_id", "team_id", "staff_id") WHERE "left_on" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."service" ADD CONSTRAINT "FK_73ce63c26f5f61a675c23afe2a2" FOREIGN KEY ("team_id") REFERENCES "services"."team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."service_mode_change" ADD CONSTRAINT "FK_47b7e5deb2a950e2c322eedda71" FOREIGN KEY ("service_id") REFERENCES "services"."service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."prescription" ADD CONSTRAINT "FK_7c448d1d8de312a8da5fc3394bd" FOREIGN KEY ("service_id") REFERENCES "services"."service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."prescription" ADD CONSTRAINT "FK_5f4cd295a30c0302a9002d1eef6" FOREIGN KEY ("pharmacy_id") REFERENCES "services"."partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."dispensing_event" ADD CONSTRAINT "FK_96ad1fca0f884fff9c9524ca21a" FOREIGN KEY ("prescription_id") REFERENCES "services"."prescription"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."dispensing_event" ADD CONSTRAINT "FK_cfde232478804871c7e5bcf1584" FOREIGN KEY ("corrects_event_id") REFERENCES "services"."dispensing_event"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."prescription_transfer" ADD CONSTRAINT "FK_36a90dcb249ef440babc7ae008c" FOREIGN KEY ("prescription_id") REFERENCES "services"."prescription"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."distribution_record" ADD CONSTRAINT "FK_f7a5010cd356341188e4acda7cd" FOREIGN KEY ("service_id") REFERENCES "services"."service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."distribution_record" ADD CONSTRAINT "FK_bffac60b9c0828e7a77f8e6f523" FOREIGN KEY ("partner_id") REFERENCES "services"."partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."enrolment" ADD CONSTRAINT "FK_81f12b1c9732643392490d91ed1" FOREIGN KEY ("service_id") REFERENCES "services"."service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."health_measure" ADD CONSTRAINT "FK_aaa6fdf39b1766aa6e4706bf7b7" FOREIGN KEY ("service_id") REFERENCES "services"."service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."outreach_request" ADD CONSTRAINT "FK_ebf0abdd12cc09937486b17e631" FOREIGN KEY ("service_id") REFERENCES "services"."service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."mission" ADD CONSTRAINT "FK_a82814ca772dbc6289bcc977863" FOREIGN KEY ("service_id") REFERENCES "services"."service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."mission" ADD CONSTRAINT "FK_030ef880e65c536ecd8f7fdc7bd" FOREIGN KEY ("request_id") REFERENCES "services"."outreach_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."outreach_place" ADD CONSTRAINT "FK_9dbb6d5fe96a7c1d92f0cda200c" FOREIGN KEY ("service_id") REFERENCES "services"."service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."outreach_contact" ADD CONSTRAINT "FK_6c89512fd4ebdcc248b7b4ca482" FOREIGN KEY ("service_id") REFERENCES "services"."service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."outreach_contact" ADD CONSTRAINT "FK_4479e3f0fce3138033042b11dc2" FOREIGN KEY ("mission_id") REFERENCES "services"."mission"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."outreach_contact" ADD CONSTRAINT "FK_5e35f9619a66c556c0f32a5efd3" FOREIGN KEY ("place_id") REFERENCES "services"."outreach_place"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."cooperation_meeting" ADD CONSTRAINT "FK_c5df6a1afd3cde300ab32242b7d" FOREIGN KEY ("service_id") REFERENCES "services"."service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."escalation" ADD CONSTRAINT "FK_d4b905bd94048847936ea53dd03" FOREIGN KEY ("service_id") REFERENCES "services"."service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."availability_period" ADD CONSTRAINT "FK_bf3498b1710584ab8bd5739b947" FOREIGN KEY ("staff_id") REFERENCES "services"."staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."availability_period" ADD CONSTRAINT "FK_b437b8dbb1b165d5500234da791" FOREIGN KEY ("partner_id") REFERENCES "services"."partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."competency" ADD CONSTRAINT "FK_1128640bb4721b7f4c4245311f2" FOREIGN KEY ("staff_id") REFERENCES "services"."staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."team_membership" ADD CONSTRAINT "FK_91c8aa3bf9a3a7a3918fcea43a0" FOREIGN KEY ("team_id") REFERENCES "services"."team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."team_membership" ADD CONSTRAINT "FK_6b70880b36ddc341449597cf206" FOREIGN KEY ("staff_id") REFERENCES "services"."staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Hand-written: a dispensing is never changed in place (SV-4). The only change allowed is
    // voiding a live event once; corrections are new events. Nothing is ever deleted.
    await queryRunner.query(`CREATE FUNCTION "services"."keep_dispensing_event"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'services.dispensing_event rows are never deleted; void them instead' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.voided_at IS NOT NULL
           OR (to_jsonb(NEW) - 'voided_at' - 'voided_by' - 'void_reason') <> (to_jsonb(OLD) - 'voided_at' - 'voided_by' - 'void_reason') THEN
          RAISE EXCEPTION 'a dispensing event is never changed in place; only voiding a live event is allowed' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "dispensing_event_append_only" BEFORE UPDATE OR DELETE ON "services"."dispensing_event" FOR EACH ROW EXECUTE FUNCTION "services"."keep_dispensing_event"()`,
    );
    // Hand-written: the mode history is who, when and why, kept for good (SV-1).
    await queryRunner.query(`CREATE FUNCTION "services"."refuse_history_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '%.% is append-only', TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "service_mode_change_append_only" BEFORE UPDATE OR DELETE ON "services"."service_mode_change" FOR EACH ROW EXECUTE FUNCTION "services"."refuse_history_change"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER "service_mode_change_append_only" ON "services"."service_mode_change"`,
    );
    await queryRunner.query(`DROP FUNCTION "services"."refuse_history_change"()`);
    await queryRunner.query(
      `DROP TRIGGER "dispensing_event_append_only" ON "services"."dispensing_event"`,
    );
    await queryRunner.query(`DROP FUNCTION "services"."keep_dispensing_event"()`);
    await queryRunner.query(
      `ALTER TABLE "services"."team_membership" DROP CONSTRAINT "FK_6b70880b36ddc341449597cf206"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."team_membership" DROP CONSTRAINT "FK_91c8aa3bf9a3a7a3918fcea43a0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."competency" DROP CONSTRAINT "FK_1128640bb4721b7f4c4245311f2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."availability_period" DROP CONSTRAINT "FK_b437b8dbb1b165d5500234da791"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."availability_period" DROP CONSTRAINT "FK_bf3498b1710584ab8bd5739b947"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."escalation" DROP CONSTRAINT "FK_d4b905bd94048847936ea53dd03"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."cooperation_meeting" DROP CONSTRAINT "FK_c5df6a1afd3cde300ab32242b7d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."outreach_contact" DROP CONSTRAINT "FK_5e35f9619a66c556c0f32a5efd3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."outreach_contact" DROP CONSTRAINT "FK_4479e3f0fce3138033042b11dc2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."outreach_contact" DROP CONSTRAINT "FK_6c89512fd4ebdcc248b7b4ca482"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."outreach_place" DROP CONSTRAINT "FK_9dbb6d5fe96a7c1d92f0cda200c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."mission" DROP CONSTRAINT "FK_030ef880e65c536ecd8f7fdc7bd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."mission" DROP CONSTRAINT "FK_a82814ca772dbc6289bcc977863"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."outreach_request" DROP CONSTRAINT "FK_ebf0abdd12cc09937486b17e631"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."health_measure" DROP CONSTRAINT "FK_aaa6fdf39b1766aa6e4706bf7b7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."enrolment" DROP CONSTRAINT "FK_81f12b1c9732643392490d91ed1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."distribution_record" DROP CONSTRAINT "FK_bffac60b9c0828e7a77f8e6f523"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."distribution_record" DROP CONSTRAINT "FK_f7a5010cd356341188e4acda7cd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."prescription_transfer" DROP CONSTRAINT "FK_36a90dcb249ef440babc7ae008c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."dispensing_event" DROP CONSTRAINT "FK_cfde232478804871c7e5bcf1584"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."dispensing_event" DROP CONSTRAINT "FK_96ad1fca0f884fff9c9524ca21a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."prescription" DROP CONSTRAINT "FK_5f4cd295a30c0302a9002d1eef6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."prescription" DROP CONSTRAINT "FK_7c448d1d8de312a8da5fc3394bd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."service_mode_change" DROP CONSTRAINT "FK_47b7e5deb2a950e2c322eedda71"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."service" DROP CONSTRAINT "FK_73ce63c26f5f61a675c23afe2a2"`,
    );
    await queryRunner.query(`DROP INDEX "services"."team_membership_open_key"`);
    await queryRunner.query(`DROP INDEX "services"."team_membership_tenant_staff_idx"`);
    await queryRunner.query(`DROP TABLE "services"."team_membership"`);
    await queryRunner.query(`DROP INDEX "services"."competency_tenant_staff_idx"`);
    await queryRunner.query(`DROP TABLE "services"."competency"`);
    await queryRunner.query(`DROP INDEX "services"."availability_period_tenant_day_idx"`);
    await queryRunner.query(`DROP INDEX "services"."availability_period_tenant_staff_idx"`);
    await queryRunner.query(`DROP TABLE "services"."availability_period"`);
    await queryRunner.query(`DROP INDEX "services"."staff_member_tenant_subject_key"`);
    await queryRunner.query(`DROP INDEX "services"."staff_member_tenant_name_idx"`);
    await queryRunner.query(`DROP TABLE "services"."staff_member"`);
    await queryRunner.query(`DROP INDEX "services"."escalation_tenant_client_idx"`);
    await queryRunner.query(`DROP TABLE "services"."escalation"`);
    await queryRunner.query(`DROP INDEX "services"."cooperation_meeting_tenant_service_idx"`);
    await queryRunner.query(`DROP TABLE "services"."cooperation_meeting"`);
    await queryRunner.query(`DROP INDEX "services"."outreach_contact_tenant_client_idx"`);
    await queryRunner.query(`DROP INDEX "services"."outreach_contact_tenant_service_idx"`);
    await queryRunner.query(`DROP TABLE "services"."outreach_contact"`);
    await queryRunner.query(`DROP INDEX "services"."outreach_place_tenant_name_idx"`);
    await queryRunner.query(`DROP INDEX "services"."outreach_place_tenant_service_idx"`);
    await queryRunner.query(`DROP TABLE "services"."outreach_place"`);
    await queryRunner.query(`DROP INDEX "services"."mission_tenant_service_idx"`);
    await queryRunner.query(`DROP TABLE "services"."mission"`);
    await queryRunner.query(`DROP INDEX "services"."outreach_request_tenant_queue_idx"`);
    await queryRunner.query(`DROP TABLE "services"."outreach_request"`);
    await queryRunner.query(`DROP INDEX "services"."health_measure_tenant_client_idx"`);
    await queryRunner.query(`DROP TABLE "services"."health_measure"`);
    await queryRunner.query(`DROP INDEX "services"."enrolment_open_key"`);
    await queryRunner.query(`DROP INDEX "services"."enrolment_tenant_client_idx"`);
    await queryRunner.query(`DROP INDEX "services"."enrolment_tenant_service_idx"`);
    await queryRunner.query(`DROP TABLE "services"."enrolment"`);
    await queryRunner.query(`DROP INDEX "services"."distribution_record_tenant_day_idx"`);
    await queryRunner.query(`DROP INDEX "services"."distribution_record_tenant_client_idx"`);
    await queryRunner.query(`DROP TABLE "services"."distribution_record"`);
    await queryRunner.query(
      `DROP INDEX "services"."prescription_transfer_tenant_prescription_idx"`,
    );
    await queryRunner.query(`DROP TABLE "services"."prescription_transfer"`);
    await queryRunner.query(`DROP INDEX "services"."dispensing_event_once_per_day_key"`);
    await queryRunner.query(`DROP INDEX "services"."dispensing_event_tenant_prescription_idx"`);
    await queryRunner.query(`DROP TABLE "services"."dispensing_event"`);
    await queryRunner.query(`DROP INDEX "services"."prescription_tenant_client_idx"`);
    await queryRunner.query(`DROP INDEX "services"."prescription_tenant_service_idx"`);
    await queryRunner.query(`DROP TABLE "services"."prescription"`);
    await queryRunner.query(`DROP INDEX "services"."partner_tenant_name_key"`);
    await queryRunner.query(`DROP INDEX "services"."partner_tenant_kind_idx"`);
    await queryRunner.query(`DROP TABLE "services"."partner"`);
    await queryRunner.query(`DROP INDEX "services"."service_mode_change_tenant_service_idx"`);
    await queryRunner.query(`DROP TABLE "services"."service_mode_change"`);
    await queryRunner.query(`DROP INDEX "services"."service_tenant_name_key"`);
    await queryRunner.query(`DROP INDEX "services"."service_tenant_team_idx"`);
    await queryRunner.query(`DROP TABLE "services"."service"`);
    await queryRunner.query(`DROP INDEX "services"."team_tenant_name_key"`);
    await queryRunner.query(`DROP TABLE "services"."team"`);
  }
}
