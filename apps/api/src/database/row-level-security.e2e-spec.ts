import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { RUNTIME_ROLE } from '@lavterskel/kernel/typeorm';
import type { EntityManager } from 'typeorm';
import { libraries } from './libraries';

const SCHEMAS = libraries.map((library) => library.schema);
const A = '4003';
const B = '0301';

interface Table {
  schema: string;
  name: string;
  /** False for tables the runtime role may not touch at all (the audit hash chain). */
  readable: boolean;
}

/** Every table of the libraries' schemas with a tenant_id column. */
async function tenantTables(db: TestDatabase): Promise<Table[]> {
  return db.dataSource.query(
    `SELECT n.nspname AS schema, c.relname AS name, has_table_privilege('${RUNTIME_ROLE}', c.oid, 'SELECT') AS readable
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p') AND a.attname = 'tenant_id' AND NOT a.attisdropped
      ORDER BY 1, 2`,
    [SCHEMAS],
  );
}

/** Tables with tenant_id that row-level security does not hold to `app.tenant`. */
async function tablesWithoutTenantIsolation(db: TestDatabase): Promise<string[]> {
  const rows: { name: string }[] = await db.dataSource.query(
    `SELECT n.nspname || '.' || c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p') AND a.attname = 'tenant_id' AND NOT a.attisdropped
        AND NOT (c.relrowsecurity AND EXISTS (
          SELECT 1 FROM pg_policies p WHERE p.schemaname = n.nspname AND p.tablename = c.relname
             AND p.cmd = 'ALL' AND p.qual LIKE '%current_setting(''app.tenant''%' AND p.with_check LIKE '%current_setting(''app.tenant''%'))
      ORDER BY 1`,
    [SCHEMAS],
  );
  return rows.map((row) => row.name);
}

/** As the API's runtime role, with `tenant` set as the transaction host sets it. */
function asRuntime<T>(
  db: TestDatabase,
  tenant: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return db.dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL ROLE ${RUNTIME_ROLE}`);
    await manager.query(`SELECT set_config('app.tenant', $1, true)`, [tenant]);
    return work(manager);
  });
}

// Issue 10: the database itself keeps municipalities apart, for every table with tenant_id.
describe('row-level security', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: libraries.flatMap((library) => library.entities),
      migrations: libraries.flatMap((library) => library.migrations),
    });
  });
  afterAll(() => db.drop());

  it('holds every table with tenant_id to the transaction’s tenant', async () => {
    expect((await tenantTables(db)).length).toBeGreaterThanOrEqual(46);
    expect(await tablesWithoutTenantIsolation(db)).toEqual([]);
  });

  it('shows the runtime role with tenant A set zero rows of B in every such table, and none without a tenant', async () => {
    const tables = await tenantTables(db);
    // One row of A and one of B in each table. This database is thrown away: as its owner,
    // strip the constraints and triggers so a row needs nothing but its tenant.
    await db.dataSource.transaction(async (manager) => {
      for (const { schema, name } of tables) {
        const table = `"${schema}"."${name}"`;
        const constraints: { conname: string }[] = await manager.query(
          `SELECT conname FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('c', 'f', 'p', 'u', 'x')`,
          [table],
        );
        for (const { conname } of constraints) {
          await manager.query(
            `ALTER TABLE ${table} DROP CONSTRAINT IF EXISTS "${conname}" CASCADE`,
          );
        }
        const required: { attname: string }[] = await manager.query(
          `SELECT attname FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND attnotnull
              AND NOT attisdropped AND attidentity = '' AND attgenerated = ''`,
          [table],
        );
        for (const { attname } of required) {
          await manager.query(`ALTER TABLE ${table} ALTER COLUMN "${attname}" DROP NOT NULL`);
        }
        await manager.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
        await manager.query(`INSERT INTO ${table} (tenant_id) VALUES ($1), ($2)`, [A, B]);
      }
    });

    const readable = tables.filter((table) => table.readable);
    expect(tables.filter((table) => !table.readable).map((table) => table.name)).toEqual([
      'audit_chain_head',
      'audit_chain_link',
      'audit_chain_pending',
    ]);
    const seen = await asRuntime(db, A, async (manager) => {
      const counts: Record<string, { own: number; others: number }> = {};
      for (const { schema, name } of readable) {
        const [row] = await manager.query(
          `SELECT count(*) FILTER (WHERE tenant_id = $1)::int AS own, count(*) FILTER (WHERE tenant_id <> $1)::int AS others
             FROM "${schema}"."${name}"`,
          [A],
        );
        counts[`${schema}.${name}`] = row;
      }
      return counts;
    });
    for (const { schema, name } of readable) {
      expect({ table: `${schema}.${name}`, ...seen[`${schema}.${name}`] }).toEqual({
        table: `${schema}.${name}`,
        own: 1,
        others: 0,
      });
    }
    const withoutTenant = await asRuntime(db, '', (manager) =>
      manager.query(`SELECT count(*)::int AS n FROM clients.client`),
    );
    expect(withoutTenant).toEqual([{ n: 0 }]);
  });

  it('refuses to write a row of another tenant', async () => {
    await expect(
      asRuntime(db, A, (manager) =>
        manager.query(`INSERT INTO kernel.idempotency_record (tenant_id) VALUES ($1)`, [B]),
      ),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('fails for a new table with tenant_id and no policy', async () => {
    await db.dataSource.query(
      `CREATE TABLE clients.note_without_policy (id uuid PRIMARY KEY, tenant_id varchar(4) NOT NULL)`,
    );
    try {
      expect(await tablesWithoutTenantIsolation(db)).toEqual(['clients.note_without_policy']);
    } finally {
      await db.dataSource.query(`DROP TABLE clients.note_without_policy`);
    }
  });
});
