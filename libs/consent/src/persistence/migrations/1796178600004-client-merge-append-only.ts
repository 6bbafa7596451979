import type { MigrationInterface, QueryRunner } from 'typeorm';

// Hand-written: consent records stay append-only, with one exception: while a client merge runs
// (the transaction-local setting `lavterskel.client_merge` names it, see the kernel's
// SqlClientMergeParticipant), an update that changes `client_id` and nothing else is let through,
// so that a merged client's consents, decisions and disclosures follow them and move back on
// reversal. The merge record in the clients library lists every row moved.
export class ConsentClientMergeAppendOnly1796178600004 implements MigrationInterface {
  name = 'ConsentClientMergeAppendOnly1796178600004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "consent"."refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND coalesce(current_setting('lavterskel.client_merge', true), '') <> ''
           AND (to_jsonb(NEW) - 'client_id') = (to_jsonb(OLD) - 'client_id') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'consent.% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "consent"."refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'consent.% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
  }
}
