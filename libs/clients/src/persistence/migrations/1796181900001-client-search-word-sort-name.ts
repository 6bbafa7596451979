import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: each search word carries its client's `sort_name`, so that a search reads its
 * hits in page order from the words alone and checks need-to-know only until the page is full
 * (issue 12, "Growth"). Before, every hit of a common name was fetched and checked before the
 * sort, and that work grew with the register. The trigger now also fires when `sort_name` is
 * written, so the copy is always the client's.
 */
export class ClientsClientSearchWordSortName1796181900001 implements MigrationInterface {
  name = 'ClientsClientSearchWordSortName1796181900001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "clients"."client_search_word" ADD "sort_name" character varying(100)`,
    );
    await queryRunner.query(`UPDATE "clients"."client_search_word" w SET sort_name = c.sort_name
      FROM "clients"."client" c WHERE c.tenant_id = w.tenant_id AND c.id = w.client_id`);
    await queryRunner.query(
      `ALTER TABLE "clients"."client_search_word" ALTER COLUMN "sort_name" SET NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "client_search_word_sort_idx"
      ON "clients"."client_search_word" ("tenant_id", "word", "sort_name", "client_id")`);
    await this.indexWords(queryRunner, ['sort_name']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.indexWords(queryRunner, []);
    await queryRunner.query(`DROP INDEX "clients"."client_search_word_sort_idx"`);
    await queryRunner.query(`ALTER TABLE "clients"."client_search_word" DROP COLUMN "sort_name"`);
  }

  /** The trigger of 1796170000001, writing the client's `copied` columns with each word and firing on their writes. */
  private async indexWords(queryRunner: QueryRunner, copied: readonly string[]): Promise<void> {
    const updateOf = ['search_text', ...copied].map((column) => `"${column}"`).join(', ');
    const columns = copied.map((column) => `, ${column}`).join('');
    const values = copied.map((column) => `, NEW.${column}`).join('');
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "clients"."index_client_search_words"() RETURNS trigger
      LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          DELETE FROM clients.client_search_word w WHERE w.tenant_id = OLD.tenant_id AND w.client_id = OLD.id;
        END IF;
        INSERT INTO clients.client_search_word (tenant_id, word, client_id${columns})
          SELECT DISTINCT NEW.tenant_id, word, NEW.id${values}
            FROM string_to_table(NEW.search_text, ' ') AS word WHERE word <> '';
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP TRIGGER "client_search_words" ON "clients"."client"`);
    await queryRunner.query(`CREATE TRIGGER "client_search_words" AFTER INSERT OR UPDATE OF ${updateOf}
      ON "clients"."client" FOR EACH ROW EXECUTE FUNCTION "clients"."index_client_search_words"()`);
  }
}
