import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation, grantRuntimeAccess } from '@lavterskel/kernel/typeorm';

/**
 * Hand-written: name search served by an index that stays flat as the register grows. A trigram
 * (pg_trgm) or full-text index on `search_text` is no use to the runtime role: row-level security
 * evaluates the tenant policy before any operator that is not leakproof, and LIKE, `%` and `@@`
 * are not, so PostgreSQL scanned every client. Each word of `search_text` is kept here instead,
 * in byte order (COLLATE "C"), where "a word begins with" is `word ^@ prefix`: leakproof, and a
 * range of the primary key. A trigger keeps the words in step with every write of the client.
 */
export class ClientsClientSearchWords1796170000001 implements MigrationInterface {
  name = 'ClientsClientSearchWords1796170000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "clients"."client_search_word" (
      "tenant_id" varchar(4) NOT NULL,
      "word" text COLLATE "C" NOT NULL,
      "client_id" uuid NOT NULL,
      CONSTRAINT "client_search_word_pkey" PRIMARY KEY ("tenant_id", "word", "client_id"),
      CONSTRAINT "client_search_word_client_fk" FOREIGN KEY ("client_id")
        REFERENCES "clients"."client" ("id") ON DELETE CASCADE)`);
    await queryRunner.query(
      `CREATE INDEX "client_search_word_client_idx" ON "clients"."client_search_word" ("tenant_id", "client_id")`,
    );
    await queryRunner.query(`CREATE FUNCTION "clients"."index_client_search_words"() RETURNS trigger
      LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          DELETE FROM clients.client_search_word w WHERE w.tenant_id = OLD.tenant_id AND w.client_id = OLD.id;
        END IF;
        INSERT INTO clients.client_search_word (tenant_id, word, client_id)
          SELECT DISTINCT NEW.tenant_id, word, NEW.id
            FROM string_to_table(NEW.search_text, ' ') AS word WHERE word <> '';
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "client_search_words" AFTER INSERT OR UPDATE OF "search_text"
      ON "clients"."client" FOR EACH ROW EXECUTE FUNCTION "clients"."index_client_search_words"()`);
    await queryRunner.query(`INSERT INTO "clients"."client_search_word" (tenant_id, word, client_id)
      SELECT DISTINCT c.tenant_id, word, c.id
        FROM "clients"."client" c, string_to_table(c.search_text, ' ') AS word WHERE word <> ''`);
    await grantRuntimeAccess(queryRunner, 'clients');
    await enableTenantIsolation(queryRunner, 'clients');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "client_search_words" ON "clients"."client"`);
    await queryRunner.query(`DROP FUNCTION "clients"."index_client_search_words"()`);
    await queryRunner.query(`DROP TABLE "clients"."client_search_word"`);
  }
}
