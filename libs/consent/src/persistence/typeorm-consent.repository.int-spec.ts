import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { KernelErrorCode, fixedClock } from '@lavterskel/kernel';
import {
  TypeOrmAuditLog,
  TypeOrmTransactionHost,
  kernelPersistence,
} from '@lavterskel/kernel/typeorm';
import { withdrawConsent } from '../domain/consent';
import type { ConsentDependencies } from '../domain/consent-dependencies';
import { ConsentErrorCode } from '../domain/consent-error';
import { ConsentBuilder } from '../domain/testing/consent.builder';
import {
  InMemoryCareRelations,
  NOW,
  OSLO,
  SKIEN,
  inMemoryConsentDependencies,
  staffActor,
} from '../domain/testing/consent-test-kit';
import { WithdrawConsent } from '../domain/withdraw-consent.use-case';
import { consentPersistence } from './consent-persistence';
import { TypeOrmConsentRepository } from './typeorm-consent.repository';

describe('TypeOrmConsentRepository', () => {
  let db: TestDatabase;
  let host: TypeOrmTransactionHost;
  let consents: TypeOrmConsentRepository;
  const actor = staffActor();
  const clientId = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

  beforeAll(async () => {
    const libraries = [kernelPersistence, consentPersistence];
    db = await createTestDatabase({
      entities: libraries.flatMap((library) => library.entities),
      migrations: libraries.flatMap((library) => library.migrations),
    });
    host = new TypeOrmTransactionHost(db.dataSource);
    consents = new TypeOrmConsentRepository(host.manager);
  });
  afterAll(() => db.drop());

  it('keeps every version and reads the latest as current, per tenant', async () => {
    const granted = ConsentBuilder.create({ clientId });
    await host.run(() => consents.add(granted));
    const withdrawn = withdrawConsent(granted, {
      actor,
      method: 'oral',
      reason: 'moved away',
      at: new Date(NOW),
    });
    await host.run(() => consents.appendVersion(withdrawn));

    expect(await consents.current(SKIEN, granted.id)).toEqual(withdrawn);
    expect(
      (await consents.versions(SKIEN, granted.id)).map((version) => [
        version.version,
        version.status,
      ]),
    ).toEqual([
      [1, 'active'],
      [2, 'withdrawn'],
    ]);
    expect(await consents.currentOfClient(SKIEN, clientId)).toEqual([withdrawn]);
    expect(await consents.current(OSLO, granted.id)).toBeNull();
    expect(await consents.currentOfClient(OSLO, clientId)).toEqual([]);
  });

  it('refuses a second change of the same version as stale', async () => {
    const granted = ConsentBuilder.create({ clientId });
    await host.run(() => consents.add(granted));
    const next = withdrawConsent(granted, { actor, method: 'oral', at: new Date(NOW) });
    await host.run(() => consents.appendVersion(next));
    await expect(host.run(() => consents.appendVersion(next))).rejects.toMatchObject({
      code: KernelErrorCode.ConcurrentModification,
    });
  });

  it.each(['consent', 'consent_version'])(
    'never lets %s rows be edited or deleted, not even by the application',
    async (table) => {
      const consent = ConsentBuilder.create({ clientId });
      await host.run(() => consents.add(consent));
      const column = table === 'consent' ? 'id' : 'consent_id';
      for (const statement of [
        `UPDATE consent.${table} SET tenant_id = '0301' WHERE ${column} = $1`,
        `DELETE FROM consent.${table} WHERE ${column} = $1`,
      ]) {
        await expect(db.dataSource.query(statement, [consent.id])).rejects.toMatchObject({
          driverError: expect.objectContaining({ code: '42501' }),
        });
      }
      await expect(db.dataSource.query(`TRUNCATE consent.${table} CASCADE`)).rejects.toMatchObject({
        driverError: expect.objectContaining({ code: '42501' }),
      });
      expect(await consents.current(SKIEN, consent.id)).toEqual(consent);
    },
  );

  it('pages a client’s consents newest first, and reads several clients at once', async () => {
    const pagedClient = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
    const grantedAt = (day: number) => new Date(Date.UTC(2026, 9, day));
    const rows = [1, 2, 3].map((day) =>
      ConsentBuilder.create({ clientId: pagedClient, grantedAt: grantedAt(day) }),
    );
    for (const row of rows) await host.run(() => consents.add(row));

    const first = await consents.pageOfClient(SKIEN, pagedClient, { limit: 2 });
    expect(first.items.map((consent) => consent.id)).toEqual([rows[2]?.id, rows[1]?.id]);
    const second = await consents.pageOfClient(SKIEN, pagedClient, {
      limit: 2,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second).toEqual({ items: [rows[0]], nextCursor: null });

    const both = await consents.currentOfClients(SKIEN, [pagedClient, clientId]);
    expect(new Set(both.map((consent) => consent.clientId))).toEqual(
      new Set([pagedClient, clientId]),
    );
    expect(await consents.currentOfClients(SKIEN, [])).toEqual([]);
  });

  it('serialises changes of one consent: of concurrent withdrawals exactly one wins, the rest see it withdrawn', async () => {
    const consent = ConsentBuilder.create({ clientId });
    await host.run(() => consents.add(consent));
    const deps: ConsentDependencies = {
      ...inMemoryConsentDependencies().deps,
      consents,
      careRelations: new InMemoryCareRelations().relate(actor, clientId),
      unitOfWork: host,
      audit: new TypeOrmAuditLog({ manager: host.manager, clock: fixedClock(NOW) }),
    };
    const withdraw = new WithdrawConsent(deps);
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () =>
        withdraw.execute({ actor, consentId: consent.id, method: 'oral' }),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected')
        expect(result.reason).toMatchObject({ code: ConsentErrorCode.ConsentWithdrawn });
    }
    expect((await consents.versions(SKIEN, consent.id)).map((version) => version.status)).toEqual([
      'active',
      'withdrawn',
    ]);
  });
});
