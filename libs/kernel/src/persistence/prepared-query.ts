import { QueryFailedError, type EntityManager } from 'typeorm';

/**
 * A statement PostgreSQL parses and plans once per connection and then only executes: pg's
 * named prepared statement. The name must be unique per text across the application.
 */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

const MAX_NAME_LENGTH = 63;

interface PgClient {
  query<Row>(config: { name: string; text: string; values: readonly unknown[] }): Promise<{
    rows: Row[];
  }>;
}

/**
 * Runs `statement` on the connection of `manager`'s transaction, or on a pooled connection taken
 * for it outside one (which the tenant scoping sets up like any other). For hot statements where
 * TypeORM's query building and hydration cost more than the query. A failure is thrown as
 * TypeORM's `QueryFailedError`, as `manager.query` throws it, so unique violations map the same.
 */
export async function queryPrepared<Row>(
  manager: EntityManager,
  statement: PreparedStatement,
  values: readonly unknown[],
): Promise<Row[]> {
  // PostgreSQL cuts longer names, so two statements could end up sharing one.
  if (statement.name.length > MAX_NAME_LENGTH)
    throw new Error(`prepared statement name longer than ${MAX_NAME_LENGTH}: ${statement.name}`);
  const joined = manager.queryRunner;
  const inTransaction = joined !== undefined && !joined.isReleased;
  const runner = inTransaction ? joined : manager.connection.createQueryRunner();
  try {
    const client = (await runner.connect()) as PgClient;
    const result = await client.query<Row>({ ...statement, values }).catch((error: unknown) => {
      throw new QueryFailedError(statement.text, [...values], error as Error);
    });
    return result.rows;
  } finally {
    if (!inTransaction) await runner.release();
  }
}
