import type { QueryRunner } from 'typeorm';

/** Who may see a row: its own municipality's work, or a job that spans them all (`ALL_TENANTS`). */
const VISIBLE = `tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*'`;

/**
 * Row-level security for every table in `schema` that has a `tenant_id` column and no
 * policy yet: the runtime role sees and writes only rows of the tenant its transaction is
 * set to. Owners are exempt (migrations, tools). Call it again in a migration that adds a
 * table with `tenant_id`; the row-level security test fails for a table without a policy.
 */
export async function enableTenantIsolation(
  queryRunner: QueryRunner,
  schema: string,
): Promise<void> {
  await queryRunner.query(`DO $$ DECLARE t record; BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
              WHERE c.relnamespace = '${schema}'::regnamespace AND c.relkind IN ('r', 'p')
                AND a.attname = 'tenant_id' AND NOT a.attisdropped
                AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation')
    LOOP
      EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', '${schema}', t.relname);
      EXECUTE format('CREATE POLICY tenant_isolation ON %I.%I USING (%s) WITH CHECK (%s)',
        '${schema}', t.relname, $v$${VISIBLE}$v$, $v$${VISIBLE}$v$);
    END LOOP;
  END $$`);
}

/** Undoes `enableTenantIsolation` (a migration's `down`). */
export async function disableTenantIsolation(
  queryRunner: QueryRunner,
  schema: string,
): Promise<void> {
  await queryRunner.query(`DO $$ DECLARE t record; BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_policy p ON p.polrelid = c.oid
              WHERE c.relnamespace = '${schema}'::regnamespace AND p.polname = 'tenant_isolation'
    LOOP
      EXECUTE format('DROP POLICY tenant_isolation ON %I.%I', '${schema}', t.relname);
      EXECUTE format('ALTER TABLE %I.%I DISABLE ROW LEVEL SECURITY', '${schema}', t.relname);
    END LOOP;
  END $$`);
}
