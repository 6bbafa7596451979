import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { verifyAuditChain, type TenantChainReport } from './audit-chain-verifier';
import { kernelPersistence } from './kernel-persistence';
import { RUNTIME_ROLE } from './runtime-role';

// Issue 10: a tamper-evident audit trail, chained per tenant at commit, checked by the verifier.
describe('the audit hash chain', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [...kernelPersistence.entities],
      migrations: kernelPersistence.migrations,
    });
  });
  afterAll(() => db.drop());

  /** Writes `count` audit rows for `tenant` in one transaction, as the API's runtime role working for it. */
  async function audit(tenant: string, count = 1): Promise<string[]> {
    const ids = Array.from({ length: count }, () => randomUUID());
    await db.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL ROLE ${RUNTIME_ROLE}`);
      await manager.query(`SELECT set_config('app.tenant', $1, true)`, [tenant]);
      for (const id of ids) {
        await manager.query(
          `INSERT INTO kernel.audit_event (id, tenant_id, occurred_at, actor_subject, actor_roles, action, resource_type, client_id, reason)
           VALUES ($1, $2, now(), 'staff-1', '{staff}', 'read', 'client', $3, 'oppfølging')`,
          [id, tenant, randomUUID()],
        );
      }
    });
    return ids;
  }

  /** What an owner who gets around the append-only trigger could do. */
  async function tamper(sql: string, parameters: unknown[]): Promise<void> {
    await db.dataSource.transaction(async (manager) => {
      await manager.query(`ALTER TABLE kernel.audit_event DISABLE TRIGGER audit_event_append_only`);
      await manager.query(sql, parameters);
      await manager.query(`ALTER TABLE kernel.audit_event ENABLE TRIGGER audit_event_append_only`);
    });
  }

  const reportOf = async (tenant: string): Promise<TenantChainReport | undefined> =>
    (await verifyAuditChain(db.dataSource)).find((report) => report.tenantId === tenant);

  it('stays one unbroken chain per tenant under concurrent writers', async () => {
    // 24 transactions at once over a pool of 4, two tenants, one to three rows each.
    await Promise.all(
      Array.from({ length: 24 }, (_, i) => audit(i % 2 ? '4003' : '0301', 1 + (i % 3))),
    );
    for (const tenant of ['4003', '0301']) {
      const report = await reportOf(tenant);
      expect(report).toMatchObject({ tenantId: tenant, verified: 24, problem: null });
      expect(report?.headHash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('finds a row altered by the owner', async () => {
    const ids = await audit('1101', 5);
    await tamper(`UPDATE kernel.audit_event SET reason = 'rettet i ettertid' WHERE id = $1`, [
      ids[2],
    ]);
    expect(await reportOf('1101')).toMatchObject({
      verified: 2,
      problem: { seq: 3, eventId: ids[2], kind: 'altered' },
    });
  });

  it('finds a deleted row', async () => {
    const ids = await audit('1102', 4);
    await tamper(`DELETE FROM kernel.audit_event WHERE id = $1`, [ids[1]]);
    expect(await reportOf('1102')).toMatchObject({
      verified: 1,
      problem: { seq: 2, eventId: ids[1], kind: 'deleted' },
    });
  });

  it('finds a deleted row whose link was deleted too, and the newest rows cut off', async () => {
    const ids = await audit('1103', 4);
    await tamper(`DELETE FROM kernel.audit_event WHERE id = $1`, [ids[1]]);
    await db.dataSource.query(`DELETE FROM kernel.audit_chain_link WHERE event_id = $1`, [ids[1]]);
    expect(await reportOf('1103')).toMatchObject({
      verified: 1,
      problem: { seq: 2, kind: 'link-missing' },
    });

    const newest = await audit('1104', 3);
    await tamper(`DELETE FROM kernel.audit_event WHERE id = $1`, [newest[2]]);
    await db.dataSource.query(`DELETE FROM kernel.audit_chain_link WHERE event_id = $1`, [
      newest[2],
    ]);
    expect(await reportOf('1104')).toMatchObject({
      verified: 2,
      problem: { kind: 'head-mismatch' },
    });
  });

  it('finds a row slipped in while the chain trigger was off', async () => {
    await audit('1105', 2);
    const stray = randomUUID();
    await db.dataSource.transaction(async (manager) => {
      await manager.query(`ALTER TABLE kernel.audit_event DISABLE TRIGGER audit_event_chain`);
      await manager.query(
        `INSERT INTO kernel.audit_event (id, tenant_id, occurred_at, actor_subject, actor_roles, action, resource_type)
         VALUES ($1, '1105', now(), 'someone', '{staff}', 'read', 'client')`,
        [stray],
      );
      await manager.query(`ALTER TABLE kernel.audit_event ENABLE TRIGGER audit_event_chain`);
    });
    expect(await reportOf('1105')).toMatchObject({
      verified: 2,
      problem: { kind: 'unchained', eventId: stray },
    });
  });

  it('is out of the runtime role’s reach', async () => {
    for (const statement of [
      `UPDATE kernel.audit_chain_head SET seq = 0`,
      `DELETE FROM kernel.audit_chain_link`,
      `SELECT kernel.append_audit_chain_link(e) FROM kernel.audit_event e LIMIT 1`,
    ]) {
      await expect(
        db.dataSource.transaction(async (manager) => {
          await manager.query(`SET LOCAL ROLE ${RUNTIME_ROLE}`);
          await manager.query(statement);
        }),
      ).rejects.toMatchObject({ code: '42501' });
    }
  });
});
