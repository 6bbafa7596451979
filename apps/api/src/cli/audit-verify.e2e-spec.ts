import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { libraries } from '../database/libraries';

const run = promisify(execFile);
const root = resolve(__dirname, '../../../..');

// Issue 10: `npm run audit:verify` finds one altered row and says so with exit code 1. Issue 12:
// it links the rows no API linker has linked yet first (here no API runs).
describe('npm run audit:verify', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: libraries.flatMap((library) => library.entities),
      migrations: libraries.flatMap((library) => library.migrations),
    });
  });
  afterAll(() => db.drop());

  const verify = () =>
    run('npm', ['run', '--silent', 'audit:verify'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: db.url },
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

  it('passes an intact trail and fails on the first altered row', async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of ids) {
      await db.dataSource.query(
        `INSERT INTO kernel.audit_event (id, tenant_id, occurred_at, actor_subject, actor_roles, action, resource_type)
         VALUES ($1, '4003', now(), 'staff-1', '{staff}', 'read', 'client')`,
        [id],
      );
    }
    const intact = await verify();
    expect(intact).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        /^linked 3 rows first\n4003 {2}3 rows verified, intact {2}head [0-9a-f]{64} {2}0 unlinked$/m,
      ),
    });

    await db.dataSource.transaction(async (manager) => {
      await manager.query(`ALTER TABLE kernel.audit_event DISABLE TRIGGER audit_event_append_only`);
      await manager.query(
        `UPDATE kernel.audit_event SET actor_subject = 'someone-else' WHERE id = $1`,
        [ids[1]],
      );
      await manager.query(`ALTER TABLE kernel.audit_event ENABLE TRIGGER audit_event_append_only`);
    });
    const broken = await verify();
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(
      `4003  1 rows verified, BROKEN at row 2: audit row ${ids[1]} was changed`,
    );
  });
});
