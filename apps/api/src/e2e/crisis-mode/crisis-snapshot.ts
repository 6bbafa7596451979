import type { DataSource } from 'typeorm';

/** Every row of every table of these schemas, as JSON: a snapshot to compare before and after. */
export async function snapshotSchemas(
  dataSource: DataSource,
  schemas: readonly string[],
): Promise<Record<string, unknown[]>> {
  const tables: { schema: string; name: string }[] = await dataSource.query(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
      WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1, 2`,
    [schemas],
  );
  const snapshot: Record<string, unknown[]> = {};
  for (const { schema, name } of tables) {
    const rows: { row: string }[] = await dataSource.query(
      `SELECT row_to_json(t)::text AS row FROM "${schema}"."${name}" t ORDER BY 1`,
    );
    snapshot[`${schema}.${name}`] = rows.map((entry) => entry.row);
  }
  return snapshot;
}

/** What crisis mode changes and must give back exactly: modes, cohorts and seats. */
export async function snapshotArrangement(dataSource: DataSource, tenant: string): Promise<unknown> {
  return {
    modes: await dataSource.query(
      `SELECT id, mode FROM services.service WHERE tenant_id = $1 ORDER BY id`,
      [tenant],
    ),
    cohorts: await dataSource.query(
      `SELECT id, group_id, start_time, max_size, status FROM groups.cohort WHERE tenant_id = $1 ORDER BY id`,
      [tenant],
    ),
    seats: await dataSource.query(
      `SELECT id, client_id, cohort_id, status, waitlisted_at FROM groups.membership WHERE tenant_id = $1 ORDER BY id`,
      [tenant],
    ),
  };
}
