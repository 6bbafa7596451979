import { fixedClock } from '@lavterskel/kernel';
import { ExpiredRecordsPurger } from '@lavterskel/kernel/nest';
import { startTestApp, type TestApp } from '../../testing/test-app';

/**
 * Idempotency records hold whole responses (national ids included): the API's own purge,
 * running as the non-owner role under row-level security, deletes every municipality's expired
 * records and keeps the rest.
 */
describe('expired idempotency records are purged by the running API', () => {
  const clock = fixedClock('2026-11-23T09:00:00Z');
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({
      clock,
      env: { IDEMPOTENCY_TTL_SECONDS: '3600', EXPIRY_PURGE_INTERVAL_SECONDS: '0' },
    });
  });
  afterAll(() => api?.close());

  const createTeam = async (tenant: string, key: string) => {
    const bearer = `Bearer ${await api.token({ tenant, roles: ['team-lead'], subject: `lead-${tenant}` })}`;
    const response = await api
      .http()
      .post('/v1/staff/teams')
      .set('Authorization', bearer)
      .set('Idempotency-Key', key)
      .send({ name: `Team ${key}` });
    expect(response.status).toBe(201);
  };
  const records = async () =>
    (
      await api.db.dataSource.query(
        `SELECT tenant_id, idempotency_key FROM kernel.idempotency_record ORDER BY idempotency_key`,
      )
    ).map(
      (row: { tenant_id: string; idempotency_key: string }) =>
        `${row.tenant_id}:${row.idempotency_key}`,
    );

  it('deletes the expired records of every municipality, and only those', async () => {
    await createTeam('4003', 'skien-key-0001');
    await createTeam('0301', 'oslo-key-00001');
    clock.set('2026-11-23T09:30:00Z');
    await createTeam('4003', 'skien-key-0002');
    expect(await records()).toEqual([
      '0301:oslo-key-00001',
      '4003:skien-key-0001',
      '4003:skien-key-0002',
    ]);

    clock.set('2026-11-23T10:15:00Z');
    const purged = await api.app.get(ExpiredRecordsPurger).runOnce();
    expect(purged).toMatchObject({ '"kernel"."idempotency_record"': 2 });
    expect(await records()).toEqual(['4003:skien-key-0002']);
  });
});
