import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import { TenantScope } from '@lavterskel/kernel/nest';
import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { runtimeConnectionUrl, UnsafeRuntimeRoleError } from './runtime-connection';

// Issue 10: the API works as a role that owns nothing, so it cannot switch off the audit trail.
describe('the API runtime database role', () => {
  let api: TestApp;
  let runtime: DataSource;

  beforeAll(async () => {
    api = await startTestApp();
    runtime = api.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => api.close());

  const auditRow = (tenant: string) => [
    randomUUID(),
    tenant,
    new Date(),
    'staff-1',
    ['staff'],
    'read',
    'client',
  ];
  const insertAudit = `INSERT INTO kernel.audit_event (id, tenant_id, occurred_at, actor_subject, actor_roles, action, resource_type)
                       VALUES ($1, $2, $3, $4, $5, $6, $7)`;

  it('is lavterskel_app: not the owner, not a superuser, no BYPASSRLS', async () => {
    const [role] = await runtime.query(
      `SELECT current_user AS name, session_user AS login, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({
      name: 'lavterskel_app',
      login: 'lavterskel_app',
      rolsuper: false,
      rolbypassrls: false,
    });
    const owned = await runtime.query(
      `SELECT c.relname FROM pg_class c WHERE pg_has_role(current_user, c.relowner, 'USAGE')
          AND c.relnamespace::regnamespace::text IN ('kernel', 'clients', 'services', 'groups', 'consent', 'crisis')`,
    );
    expect(owned).toEqual([]);
  });

  it('may append to and read the audit trail, and nothing more', async () => {
    const row = auditRow('4003');
    // As a request of municipality 4003 does (row-level security needs the tenant).
    const seen = await api.app.get(TenantScope).run('4003', async () => {
      await runtime.query(insertAudit, row);
      return runtime.query(`SELECT id FROM kernel.audit_event WHERE id = $1`, [row[0]]);
    });
    expect(seen).toHaveLength(1);
    for (const statement of [
      `UPDATE kernel.audit_event SET reason = 'rewritten' WHERE id = '${String(row[0])}'`,
      `DELETE FROM kernel.audit_event WHERE id = '${String(row[0])}'`,
      `TRUNCATE kernel.audit_event`,
      `ALTER TABLE kernel.audit_event DISABLE TRIGGER audit_event_append_only`,
      `DROP TRIGGER audit_event_append_only ON kernel.audit_event`,
      `DROP TABLE kernel.audit_event`,
    ]) {
      await expect(runtime.query(statement)).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('sees, on each connection it takes, only the rows of the tenant it works for', async () => {
    const oslo = auditRow('0301');
    await api.db.dataSource.query(insertAudit, oslo); // as the owner
    const tenants = api.app.get(TenantScope);
    const visible = () =>
      runtime.query(`SELECT tenant_id FROM kernel.audit_event WHERE id = $1`, [oslo[0]]);
    expect(await tenants.run('4003', visible)).toEqual([]);
    expect(
      await tenants.run('4003', () =>
        runtime.transaction((manager) =>
          manager.query(`SELECT tenant_id FROM kernel.audit_event WHERE id = $1`, [oslo[0]]),
        ),
      ),
    ).toEqual([]);
    expect(await visible()).toEqual([]); // no tenant at all
    expect(await tenants.run('0301', visible)).toEqual([{ tenant_id: '0301' }]);
  });

  it('reads and writes the libraries’ tables', async () => {
    await expect(runtime.query(`SELECT count(*) FROM clients.client`)).resolves.toHaveLength(1);
    await expect(
      runtime.query(`DELETE FROM kernel.idempotency_record WHERE tenant_id = '4003'`),
    ).resolves.toBeDefined();
  });

  it('refuses to start with a runtime login that owns the tables', async () => {
    await expect(runtimeConnectionUrl(api.db.url, api.db.url)).rejects.toThrow(
      UnsafeRuntimeRoleError,
    );
  });
});
