import type { MigrationInterface, QueryRunner } from 'typeorm';

// Hand-written: a dispensing event is still never changed in place (SV-4), with one exception:
// while a client merge runs (the transaction-local setting `lavterskel.client_merge`, see the
// kernel's SqlClientMergeParticipant), an update that changes `client_id` and nothing else is let
// through, so the events follow their prescription to the surviving client and back on reversal.
export class ServicesClientMergeDispensing1796178600002 implements MigrationInterface {
  name = 'ServicesClientMergeDispensing1796178600002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "services"."keep_dispensing_event"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'services.dispensing_event rows are never deleted; void them instead' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF coalesce(current_setting('lavterskel.client_merge', true), '') <> ''
           AND (to_jsonb(NEW) - 'client_id') = (to_jsonb(OLD) - 'client_id') THEN
          RETURN NEW;
        END IF;
        IF OLD.voided_at IS NOT NULL
           OR (to_jsonb(NEW) - 'voided_at' - 'voided_by' - 'void_reason') <> (to_jsonb(OLD) - 'voided_at' - 'voided_by' - 'void_reason') THEN
          RAISE EXCEPTION 'a dispensing event is never changed in place; only voiding a live event is allowed' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "services"."keep_dispensing_event"() RETURNS trigger LANGUAGE plpgsql AS $$
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
  }
}
