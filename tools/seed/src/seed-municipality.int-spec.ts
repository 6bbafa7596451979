import { checkNationalId } from '@lavterskel/clients';
import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { linkAuditChain, verifyAuditChain } from '@lavterskel/kernel/typeorm';
// The generated municipality must work through the composed API: the test starts it.
/* eslint-disable @nx/enforce-module-boundaries */
import { libraries } from '../../../apps/api/src/database/libraries';
import { startTestApp } from '../../../apps/api/src/testing/test-app';
/* eslint-enable @nx/enforce-module-boundaries */
import { seedMunicipality, type SeedOptions, type SeedSummary } from './seed-municipality';
import { TABLES } from './tables';

const SMALL: Omit<SeedOptions, 'databaseUrl' | 'seed'> = {
  tenant: '4003',
  clients: 200,
  staff: 20,
  groups: 12,
  contactsPerClient: 5,
  // A fixed day: the history is relative to it, so two runs on different days match too.
  today: '2026-11-30',
};

const freshDatabase = () =>
  createTestDatabase({
    entities: libraries.flatMap((library) => library.entities),
    migrations: libraries.flatMap((library) => library.migrations),
  });

/** An md5 of every row of every seeded table (in a stable order), table by table. */
async function dataHashes(db: TestDatabase): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = (await db.dataSource.query(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM ${table.name} t`,
    )) as { hash: string }[];
    hashes[table.name] = row?.hash ?? '';
  }
  return hashes;
}

describe('seedMunicipality', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  let other: TestDatabase;
  let summary: SeedSummary;

  beforeAll(async () => {
    [first, second, other] = await Promise.all([freshDatabase(), freshDatabase(), freshDatabase()]);
    summary = await seedMunicipality({ ...SMALL, databaseUrl: first.url, seed: 42 });
  }, 120_000);
  afterAll(() => Promise.all([first, second, other].map((db) => db?.drop())));

  it('fills every library table it knows and counts the rows it wrote', async () => {
    for (const table of TABLES) {
      const [row] = (await first.dataSource.query(
        `SELECT count(*)::int AS n FROM ${table.name}`,
      )) as {
        n: number;
      }[];
      expect({ table: table.name, rows: row?.n }).toEqual({
        table: table.name,
        rows: summary.rows[table.name],
      });
      expect({ table: table.name, empty: row?.n === 0 }).toEqual({
        table: table.name,
        empty: false,
      });
    }
    expect(summary.rows['clients.client']).toBe(200);
    expect(summary.rows['services.service']).toBe(30);
    expect(summary.rows['clients.encounter']).toBe(200 * 5);
  });

  it('gives identified clients synthetic fødselsnummer the clients library accepts', async () => {
    const rows = (await first.dataSource.query(
      `SELECT national_id FROM clients.client WHERE national_id IS NOT NULL`,
    )) as { national_id: string }[];
    expect(rows.length).toBeGreaterThan(100);
    const refused = rows
      .map((row) => ({
        id: row.national_id,
        check: checkNationalId(row.national_id, { acceptSynthetic: true }),
      }))
      .filter(({ check }) => !check.valid || !check.nationalId.synthetic);
    expect(refused).toEqual([]);
  });

  it('writes the same data for the same seed, and other data for another seed', async () => {
    const again = await seedMunicipality({ ...SMALL, databaseUrl: second.url, seed: 42 });
    expect(again.rows).toEqual(summary.rows);
    expect(again.staff).toEqual(summary.staff);
    expect(await dataHashes(second)).toEqual(await dataHashes(first));

    await seedMunicipality({ ...SMALL, databaseUrl: other.url, seed: 43 });
    const [mine, theirs] = [await dataHashes(first), await dataHashes(other)];
    expect(theirs['clients.client']).not.toEqual(mine['clients.client']);
    expect(theirs['clients.encounter']).not.toEqual(mine['clients.encounter']);
  }, 120_000);

  it('refuses to seed a municipality that already has clients', async () => {
    await expect(seedMunicipality({ ...SMALL, databaseUrl: first.url, seed: 7 })).rejects.toThrow(
      /already has clients/,
    );
  });

  it('lets a seeded staff member read, list and find a client they follow through the API, audited in an intact chain', async () => {
    const app = await startTestApp({ database: first });
    try {
      const staff = summary.staff.find((member) => member.followedClientIds.length > 0);
      expect(staff).toBeDefined();
      const token = await app.token({
        tenant: summary.tenant,
        subject: staff?.subject,
        roles: staff?.roles,
        teams: staff?.teamIds,
      });
      const clientId = staff?.followedClientIds[0] ?? '';
      const read = await app
        .http()
        .get(`/v1/clients/${clientId}`)
        .set('Authorization', `Bearer ${token}`);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id: clientId });

      // Their caseload lists the clients they follow, and a search by name finds one.
      const caseload = await app.http().get('/v1/caseload').set('Authorization', `Bearer ${token}`);
      expect(caseload.status).toBe(200);
      expect(caseload.body.items.length).toBeGreaterThan(0);
      const [client] = (await first.dataSource.query(
        `SELECT coalesce(family_name, split_part(alias, ' ', 1)) AS name FROM clients.client WHERE id = $1`,
        [clientId],
      )) as { name: string }[];
      expect(summary.clientNames).toContain(client?.name);
      const search = await app
        .http()
        .get('/v1/clients')
        .query({ q: client?.name, limit: 100 })
        .set('Authorization', `Bearer ${token}`);
      expect(search.status).toBe(200);
      expect(search.body.items.map((item: { id: string }) => item.id)).toContain(clientId);

      // The samples the bench uses point at rows that exist and are within reach.
      expect(summary.clientNames.length).toBeGreaterThan(10);
      expect(summary.lar?.prescriptionId).toBeDefined();
      expect(summary.groupWithFreeSeat?.freeSeats).toBeGreaterThan(0);
      expect(summary.consentEligible?.staff.followedClientIds).toContain(
        summary.consentEligible?.clientId,
      );

      const owner = {
        query: (sql: string, parameters?: unknown[]) => first.dataSource.query(sql, parameters),
      };
      await linkAuditChain(owner, { wait: true });
      const reports = await verifyAuditChain(owner);
      expect(reports.map((report) => report.problem ?? 'intact')).toEqual(['intact']);
      expect(reports[0]?.verified).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  }, 120_000);
});
