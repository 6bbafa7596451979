import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { listenOnLoopback } from '../../testing/listen';
import { startTestApp, type TestApp } from '../../testing/test-app';

const run = promisify(execFile);
const root = resolve(__dirname, '../../../../..');
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

// Issue 13: the SDK's example, run as its README says, against the API listening on a port.
describe('npm run sdk:example', () => {
  let api: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    api = await startTestApp();
    baseUrl = await listenOnLoopback(api.app);
  });
  afterAll(() => api.close());

  it('registers a client, records a consent and gets a permit and a deny through the typed client', async () => {
    const token = await api.token({ tenant: '4003', subject: 'nurse-anne', roles: ['staff'] });
    const { stdout } = await run('npm', ['run', '--silent', 'sdk:example'], {
      cwd: root,
      env: { ...process.env, LAVTERSKEL_API_URL: baseUrl, LAVTERSKEL_TOKEN: token },
    });

    expect(stdout).toMatch(
      new RegExp(
        [
          '^201 registered client',
          `  id (${UUID})`,
          '201 recorded consent',
          `  id ${UUID}, version 1`,
          '201 sharing decision for a NAV case worker',
          '  permit: consent-permits',
          '201 sharing decision for the mother',
          '  deny: recipient-not-covered',
          '$',
        ].join('\n'),
      ),
    );
    const clientId = new RegExp(`id (${UUID})`).exec(stdout)?.[1];
    const decisions: { outcome: string; decided_by: string }[] = await api.db.dataSource.query(
      `SELECT outcome, decided_by FROM consent.sharing_decision WHERE client_id = $1 ORDER BY outcome`,
      [clientId],
    );
    expect(decisions).toEqual([
      { outcome: 'deny', decided_by: 'nurse-anne' },
      { outcome: 'permit', decided_by: 'nurse-anne' },
    ]);
  });
});
