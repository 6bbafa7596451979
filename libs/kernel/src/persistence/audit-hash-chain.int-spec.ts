import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { linkAuditChain } from './audit-chain-linker';
import { verifyAuditChain, type TenantChainReport } from './audit-chain-verifier';
import { kernelPersistence } from './kernel-persistence';
import { RUNTIME_ROLE } from './runtime-role';

// Issue 10: a tamper-evident audit trail, chained per tenant, checked by the verifier. Issue 12:
// linked after commit by a linker, so the chain's lock is out of the writers' commits.
describe('the audit hash chain', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [...kernelPersistence.entities],
      migrations: kernelPersistence.migrations,
    });
  });
  afterAll(() => db.drop());

  const INSERT_AUDIT_ROW = `INSERT INTO kernel.audit_event (id, tenant_id, occurred_at, actor_subject, actor_roles, action, resource_type, client_id, reason)
    VALUES ($1, $2, now(), 'staff-1', '{staff}', 'read', 'client', $3, 'oppfølging')`;

  /** Writes `count` audit rows for `tenant` in one transaction, as the API's runtime role working for it. */
  async function audit(tenant: string, count = 1): Promise<string[]> {
    const ids = Array.from({ length: count }, () => randomUUID());
    await db.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL ROLE ${RUNTIME_ROLE}`);
      await manager.query(`SELECT set_config('app.tenant', $1, true)`, [tenant]);
      for (const id of ids) await manager.query(INSERT_AUDIT_ROW, [id, tenant, randomUUID()]);
    });
    return ids;
  }

  /** A transaction of the runtime role left open, to commit (or roll back) when the test says. */
  async function openTransaction(tenant: string) {
    const runner = db.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(`SET LOCAL ROLE ${RUNTIME_ROLE}`);
    await runner.query(`SELECT set_config('app.tenant', $1, true)`, [tenant]);
    return {
      audit: async () => {
        const id = randomUUID();
        await runner.query(INSERT_AUDIT_ROW, [id, tenant, randomUUID()]);
        return id;
      },
      commit: () => runner.commitTransaction().finally(() => runner.release()),
      rollback: () => runner.rollbackTransaction().finally(() => runner.release()),
    };
  }

  /** The chain's links of `tenant`, in chain order. */
  const linksOf = async (tenant: string): Promise<{ seq: number; event_id: string }[]> =>
    db.dataSource.query(
      `SELECT seq::int, event_id FROM kernel.audit_chain_link WHERE tenant_id = $1 ORDER BY seq`,
      [tenant],
    );

  /** What the API's linker does shortly after each commit. */
  const link = () => linkAuditChain(db.dataSource, { wait: true });

  /** What an owner who gets around the append-only trigger could do. */
  async function tamper(sql: string, parameters: unknown[]): Promise<void> {
    await db.dataSource.transaction(async (manager) => {
      await manager.query(`ALTER TABLE kernel.audit_event DISABLE TRIGGER audit_event_append_only`);
      await manager.query(sql, parameters);
      await manager.query(`ALTER TABLE kernel.audit_event ENABLE TRIGGER audit_event_append_only`);
    });
  }

  /** What `audit:verify` does: link every row committed so far, then walk the chains. */
  const reportOf = async (tenant: string): Promise<TenantChainReport | undefined> => {
    await linkAuditChain(db.dataSource, { wait: true });
    return (await verifyAuditChain(db.dataSource)).find((report) => report.tenantId === tenant);
  };

  it('stays one unbroken chain per tenant under concurrent writers', async () => {
    // 24 transactions at once over a pool of 4, two tenants, one to three rows each.
    await Promise.all(
      Array.from({ length: 24 }, (_, i) => audit(i % 2 ? '4003' : '0301', 1 + (i % 3))),
    );
    for (const tenant of ['4003', '0301']) {
      const report = await reportOf(tenant);
      expect(report).toMatchObject({ tenantId: tenant, verified: 24, unlinked: 0, problem: null });
      expect(report?.headHash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('finds a row altered by the owner', async () => {
    const ids = await audit('1101', 5);
    await link();
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
    await link();
    await tamper(`DELETE FROM kernel.audit_event WHERE id = $1`, [ids[1]]);
    expect(await reportOf('1102')).toMatchObject({
      verified: 1,
      problem: { seq: 2, eventId: ids[1], kind: 'deleted' },
    });
  });

  it('finds a deleted row whose link was deleted too, and the newest rows cut off', async () => {
    const ids = await audit('1103', 4);
    await link();
    await tamper(`DELETE FROM kernel.audit_event WHERE id = $1`, [ids[1]]);
    await db.dataSource.query(`DELETE FROM kernel.audit_chain_link WHERE event_id = $1`, [ids[1]]);
    expect(await reportOf('1103')).toMatchObject({
      verified: 1,
      problem: { seq: 2, kind: 'link-missing' },
    });

    const newest = await audit('1104', 3);
    await link();
    await tamper(`DELETE FROM kernel.audit_event WHERE id = $1`, [newest[2]]);
    await db.dataSource.query(`DELETE FROM kernel.audit_chain_link WHERE event_id = $1`, [
      newest[2],
    ]);
    expect(await reportOf('1104')).toMatchObject({
      verified: 2,
      problem: { kind: 'head-mismatch' },
    });
  });

  it('finds a row slipped in while the queueing trigger was off', async () => {
    await audit('1105', 2);
    const stray = randomUUID();
    await db.dataSource.transaction(async (manager) => {
      await manager.query(`ALTER TABLE kernel.audit_event DISABLE TRIGGER audit_event_queue`);
      await manager.query(
        `INSERT INTO kernel.audit_event (id, tenant_id, occurred_at, actor_subject, actor_roles, action, resource_type)
         VALUES ($1, '1105', now(), 'someone', '{staff}', 'read', 'client')`,
        [stray],
      );
      await manager.query(`ALTER TABLE kernel.audit_event ENABLE TRIGGER audit_event_queue`);
    });
    expect(await reportOf('1105')).toMatchObject({
      verified: 2,
      problem: { kind: 'unchained', eventId: stray },
    });
  });

  it('links a committed row only once the linker runs, and never a rolled-back one', async () => {
    const kept = await openTransaction('1201');
    const keptId = await kept.audit();
    const dropped = await openTransaction('1201');
    const droppedId = await dropped.audit();
    await dropped.rollback();
    await kept.commit();

    const unlinked = (await verifyAuditChain(db.dataSource)).find((r) => r.tenantId === '1201');
    expect(unlinked).toMatchObject({ verified: 0, unlinked: 1, problem: null });
    expect(await reportOf('1201')).toMatchObject({ verified: 1, unlinked: 0, problem: null });
    expect(await linksOf('1201')).toEqual([{ seq: 1, event_id: keptId }]);
    const [{ count }] = await db.dataSource.query(
      `SELECT count(*)::int AS count FROM kernel.audit_event WHERE id = $1`,
      [droppedId],
    );
    expect(count).toBe(0);
  });

  it('links a row committed after rows written later, in a later link, once', async () => {
    const early = await openTransaction('1202');
    const earlyId = await early.audit(); // queued first, committed last
    const later = await audit('1202', 2);
    await link();
    expect(await linksOf('1202')).toEqual([
      { seq: 1, event_id: later[0] },
      { seq: 2, event_id: later[1] },
    ]);

    await early.commit();
    expect(await reportOf('1202')).toMatchObject({ verified: 3, unlinked: 0, problem: null });
    expect(await linksOf('1202')).toEqual([
      { seq: 1, event_id: later[0] },
      { seq: 2, event_id: later[1] },
      { seq: 3, event_id: earlyId },
    ]);
  });

  it('links every row once while writers commit out of order and two linkers run', async () => {
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    let writing = true;
    // One linker as the owner, one as the API's runtime role (which may call the linker).
    const asOwner = () => linkAuditChain(db.dataSource);
    const asRuntime = () =>
      db.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL ROLE ${RUNTIME_ROLE}`);
        return linkAuditChain(manager, { maxRounds: 1 });
      });
    const linker = async (link: () => Promise<number>) => {
      let linked = 0;
      while (writing) {
        linked += await link();
        await sleep(3);
      }
      return linked;
    };
    const linkers = [linker(asOwner), linker(asRuntime)];
    // 30 transactions, two rows each, held open for different times: commit order ≠ write order.
    const written = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const tx = await openTransaction('1203');
        const ids = [await tx.audit(), await tx.audit()];
        await sleep((i * 7) % 23);
        await tx.commit();
        return ids;
      }),
    );
    writing = false;
    const byLinkers = (await Promise.all(linkers)).reduce((a, b) => a + b, 0);

    const report = await reportOf('1203');
    expect(report).toMatchObject({ verified: 60, unlinked: 0, problem: null });
    const links = await linksOf('1203');
    expect(links.map((link) => link.seq)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(new Set(links.map((link) => link.event_id))).toEqual(new Set(written.flat()));
    expect(byLinkers).toBeGreaterThan(0);
  });

  it('lets one linker at a time link a tenant: a second skips it, or waits and links only what is new', async () => {
    const first = await audit('1204', 3);
    const holder = db.dataSource.createQueryRunner();
    await holder.startTransaction();
    await holder.query(`SELECT kernel.link_audit_chain(5000, false)`);
    try {
      await linkAuditChain(db.dataSource); // skips 1204: the holder is linking it
      const [newer] = await audit('1204');
      const waiting = linkAuditChain(db.dataSource, { wait: true });
      await holder.commitTransaction();
      await waiting;
      expect(await linksOf('1204')).toEqual([
        { seq: 1, event_id: first[0] },
        { seq: 2, event_id: first[1] },
        { seq: 3, event_id: first[2] },
        { seq: 4, event_id: newer },
      ]);
    } finally {
      await holder.release();
    }
    expect(await reportOf('1204')).toMatchObject({ verified: 4, unlinked: 0, problem: null });
  });

  it('finds a row deleted before it was linked', async () => {
    const ids = await audit('1205', 2);
    await tamper(`DELETE FROM kernel.audit_event WHERE id = $1`, [ids[1]]);
    expect(await reportOf('1205')).toMatchObject({
      verified: 1,
      problem: { seq: 2, eventId: ids[1], kind: 'deleted' },
    });
  });

  it('is out of the runtime role’s reach', async () => {
    for (const statement of [
      `UPDATE kernel.audit_chain_head SET seq = 0`,
      `DELETE FROM kernel.audit_chain_link`,
      `DELETE FROM kernel.audit_chain_pending`,
      `INSERT INTO kernel.audit_chain_link (tenant_id, seq, event_id, prev_hash, hash) VALUES ('4003', 999, gen_random_uuid(), repeat('0', 64), repeat('0', 64))`,
      `SELECT kernel.queue_audit_events()`,
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
