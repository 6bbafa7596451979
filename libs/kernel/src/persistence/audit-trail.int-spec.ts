import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import type { Actor } from '../domain/actor';
import { recordAll } from '../domain/audit';
import { fixedClock } from '../domain/clock';
import type { TenantId } from '../domain/tenant-id';
import { newId } from '../domain/uuid';
import { AuditTrailQuery } from './audit-trail.query';
import { kernelPersistence } from './kernel-persistence';
import { TypeOrmAuditLog } from './typeorm-audit-log';
import { TypeOrmTransactionHost } from './typeorm-transaction-host';

const skien: Actor = {
  subject: 'nurse-anne',
  tenantId: '4003' as TenantId,
  roles: ['staff'],
  teamIds: [],
};
const oslo: Actor = {
  subject: 'nurse-ola',
  tenantId: '0301' as TenantId,
  roles: ['staff'],
  teamIds: [],
};

describe('audit trail on PostgreSQL', () => {
  let db: TestDatabase;
  let transactions: TypeOrmTransactionHost;
  let audit: TypeOrmAuditLog;
  let trail: AuditTrailQuery;
  const clock = fixedClock('2026-11-23T08:00:00Z');

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [...kernelPersistence.entities],
      migrations: kernelPersistence.migrations,
    });
    transactions = new TypeOrmTransactionHost(db.dataSource);
    audit = new TypeOrmAuditLog({ manager: transactions.manager, clock, requestId: () => 'req-1' });
    trail = new AuditTrailQuery(transactions.manager);
  });
  afterAll(() => db.drop());

  it('records an access in the caller’s transaction, and forgets it when that rolls back', async () => {
    const clientId = newId();
    await transactions.run(() =>
      audit.record({
        actor: skien,
        action: 'read',
        resourceType: 'client',
        resourceId: clientId,
        clientId,
      }),
    );
    await expect(
      transactions.run(async () => {
        await audit.record({ actor: skien, action: 'update', resourceType: 'client', clientId });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');

    const page = await trail.list({ tenantId: skien.tenantId, clientId });
    expect(page.items).toEqual([
      expect.objectContaining({
        action: 'read',
        actorSubject: 'nurse-anne',
        clientId,
        requestId: 'req-1',
        tenantId: '4003',
      }),
    ]);
  });

  it('gives each client a list showed its own row, so the access is in every client’s list', async () => {
    const shown = [newId(), newId(), newId()];
    await audit.record({
      actor: skien,
      action: 'search',
      resourceType: 'group-members',
      clientIds: shown,
    });
    for (const clientId of shown) {
      const page = await trail.list({ tenantId: skien.tenantId, clientId });
      expect(page.items).toEqual([
        expect.objectContaining({ action: 'search', resourceType: 'group-members', clientId }),
      ]);
    }
  });

  it('keeps a break-the-glass entry when the request it opened fails afterwards', async () => {
    const durable = new TypeOrmAuditLog({
      manager: transactions.manager,
      durableManager: () => db.dataSource.manager,
      clock,
    });
    const clientId = newId();
    await expect(
      transactions.run(async () => {
        await durable.record({
          actor: skien,
          action: 'break-glass',
          resourceType: 'client',
          clientId,
          reason: 'Unconscious at the station',
        });
        await durable.record({ actor: skien, action: 'read', resourceType: 'client', clientId });
        throw new Error('the read failed');
      }),
    ).rejects.toThrow('the read failed');
    const page = await trail.list({ tenantId: skien.tenantId, clientId });
    expect(page.items.map((item) => item.action)).toEqual(['break-glass']);
  });

  it('writes many entries in one call, past the size of one INSERT', async () => {
    const clientId = newId();
    const entries = Array.from({ length: 2500 }, (_, i) => ({
      actor: skien,
      action: 'update' as const,
      resourceType: 'group-membership',
      resourceId: `membership-${i}`,
      clientId,
    }));
    await transactions.run(() => recordAll(audit, entries));
    const [{ count }] = await db.dataSource.query(
      'SELECT count(*)::int AS count FROM kernel.audit_event WHERE client_id = $1',
      [clientId],
    );
    expect(count).toBe(2500);
  });

  it('is append-only: UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
    await audit.record({ actor: skien, action: 'read', resourceType: 'client' });
    await expect(
      db.dataSource.query(`UPDATE kernel.audit_event SET reason = 'tampered'`),
    ).rejects.toThrow(/append-only/);
    await expect(db.dataSource.query('DELETE FROM kernel.audit_event')).rejects.toThrow(
      /append-only/,
    );
    await expect(db.dataSource.query('TRUNCATE kernel.audit_event')).rejects.toThrow(/append-only/);
  });

  it('lists one tenant only, newest first, page by page without gaps or repeats', async () => {
    const clientId = newId();
    for (let minute = 0; minute < 7; minute += 1) {
      clock.set(new Date(Date.UTC(2026, 10, 23, 9, minute)));
      await audit.record({
        actor: skien,
        action: 'read',
        resourceType: 'client',
        clientId,
        reason: `visit ${minute}`,
      });
      await audit.record({ actor: oslo, action: 'read', resourceType: 'client', clientId });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await trail.list({ tenantId: skien.tenantId, clientId, limit: 3, cursor });
      seen.push(...page.items.map((item) => item.reason ?? ''));
      expect(page.items.every((item) => item.tenantId === '4003')).toBe(true);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([
      'visit 6',
      'visit 5',
      'visit 4',
      'visit 3',
      'visit 2',
      'visit 1',
      'visit 0',
    ]);
  });

  it('refuses a tenant id that is not a kommunenummer at the database too', async () => {
    const outsider = { ...skien, tenantId: 'oslo' as TenantId };
    await expect(
      audit.record({ actor: outsider, action: 'read', resourceType: 'client' }),
    ).rejects.toThrow(/audit_event_tenant_id_check/);
  });

  it('writes rows inside another statement, one per row it selects, and refuses a durable entry', async () => {
    const [first, second] = [newId(), newId()];
    const at = clock.now();
    const values: unknown[] = [[first, second]];
    const insert = audit.inStatement.insertFor(
      { actor: skien, action: 'read', resourceType: 'client' },
      'SELECT id::text, id FROM shown',
      (value) => `$${values.push(value)}`,
    );
    const rows = await db.dataSource.query(
      `WITH shown AS (SELECT unnest($1::uuid[]) AS id), audited AS (${insert})
       SELECT count(*)::int AS shown FROM shown`,
      values,
    );
    expect(rows).toEqual([{ shown: 2 }]);
    for (const clientId of [first, second]) {
      const page = await trail.list({ tenantId: skien.tenantId, clientId });
      expect(page.items).toEqual([
        expect.objectContaining({
          action: 'read',
          resourceType: 'client',
          resourceId: clientId,
          actorSubject: 'nurse-anne',
          actorRoles: ['staff'],
          occurredAt: at,
          requestId: 'req-1',
        }),
      ]);
    }

    const durable = new TypeOrmAuditLog({
      manager: transactions.manager,
      durableManager: () => db.dataSource.manager,
      clock,
    });
    expect(() =>
      durable.inStatement.insertFor(
        { actor: skien, action: 'break-glass', resourceType: 'client', reason: 'Akutt behov' },
        'SELECT NULL::text, NULL::uuid',
        () => '$1',
      ),
    ).toThrow('must outlive the statement');
  });

  it('holds back a transaction’s rows for its closing statement, and never loses one', async () => {
    const [taken, left, failed] = [newId(), newId(), newId()];
    const read = (clientId: string) => ({
      actor: skien,
      action: 'read' as const,
      resourceType: 'client',
      resourceId: clientId,
      clientId,
    });
    const rowsOf = async (clientId: string) =>
      (await trail.list({ tenantId: skien.tenantId, clientId })).items;

    // Taken: the close statement writes them, and nothing is written before it.
    await transactions.run(() =>
      audit.holdRows(
        () => audit.record(read(taken)),
        async (_, rows) => {
          expect(await rowsOf(taken)).toEqual([]);
          const values: unknown[] = [];
          const insert = rows.insert((value) => `$${values.push(value)}`);
          await transactions.manager().query(`WITH audited AS (${insert}) SELECT 1`, values);
        },
      ),
    );
    expect(await rowsOf(taken)).toEqual([
      expect.objectContaining({ action: 'read', requestId: 'req-1' }),
    ]);

    // Not taken: written after the close, in the same transaction.
    await transactions.run(() =>
      audit.holdRows(
        () => audit.record(read(left)),
        async () => undefined,
      ),
    );
    expect(await rowsOf(left)).toHaveLength(1);

    // The work fails: its transaction rolls back, and its rows with it.
    await expect(
      transactions.run(() =>
        audit.holdRows(
          async () => {
            await audit.record(read(failed));
            throw new Error('the write failed');
          },
          async () => undefined,
        ),
      ),
    ).rejects.toThrow('the write failed');
    expect(await rowsOf(failed)).toEqual([]);
  });
});
