import type { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** `app.tenant` for work that spans municipalities (background jobs claiming every tenant's rows). */
export const ALL_TENANTS = '*';

const TENANT_OF_CONNECTION = Symbol('lavterskel.app-tenant');

interface TaggedConnection {
  query(sql: string, values: unknown[]): Promise<unknown>;
  [TENANT_OF_CONNECTION]?: string;
}

/**
 * Row-level security needs `app.tenant` on the connection a query runs on. TypeORM takes a
 * pooled connection for each transaction and for each query outside one; this sets the
 * setting to `currentTenant()` (empty: no tenant, so no rows) whenever a connection is taken
 * and its setting differs, so a transaction and every query outside one see their own
 * municipality only. It is a session setting because a query outside a transaction has no
 * transaction to scope a `SET LOCAL` to; it is re-checked at every checkout.
 */
export function scopeConnectionsToTenant(
  dataSource: DataSource,
  currentTenant: () => string | undefined,
): void {
  const driver = dataSource.driver;
  if (!(driver instanceof PostgresDriver))
    throw new Error('tenant-scoped connections need PostgreSQL');
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = async () => {
    const tenant = currentTenant() ?? '';
    const [connection, release] = await obtain();
    const tagged = connection as TaggedConnection;
    if (tagged[TENANT_OF_CONNECTION] !== tenant) {
      try {
        await tagged.query(`SELECT set_config('app.tenant', $1, false)`, [tenant]);
      } catch (error) {
        release(error);
        throw error;
      }
      tagged[TENANT_OF_CONNECTION] = tenant;
    }
    return [connection, release];
  };
}
