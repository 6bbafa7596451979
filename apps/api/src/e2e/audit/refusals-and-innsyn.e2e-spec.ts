import { startTestApp, type TestApp } from '../../testing/test-app';
import { SKIEN, auditRows, bearer, registerClient, staffToken } from '../clients/clients-fixtures';

interface AccessLogLine {
  id: string;
  actorSubject: string;
  role: string;
  organisation: string;
  what: string;
  action: string;
  resourceType: string;
  why: string | null;
  breakGlass: boolean;
  occurredAt: string;
}

describe('refused attempts are audited (X-3) and a client sees who accessed their data (innsyn)', () => {
  let api: TestApp;
  let anne: string;
  let ola: string;
  let officer: string;

  beforeAll(async () => {
    api = await startTestApp();
    anne = await staffToken(api, 'nurse-anne');
    ola = await staffToken(api, 'nurse-ola');
    officer = await staffToken(api, 'privacy-per', { roles: ['privacy-officer'] });
  });
  afterAll(() => api.close());

  const accessLog = async (clientId: string, token: string, query = '') =>
    (
      await api
        .http()
        .get(`/v1/clients/${clientId}/access-log${query}`)
        .set(bearer(token))
        .expect(200)
    ).body as { items: AccessLogLine[]; nextCursor: string | null };

  it('audits an out-of-reach 404 on a client record as denied, kept although the request failed', async () => {
    const client = await registerClient(api, anne);
    await api.http().get(`/v1/clients/${client.id}`).set(bearer(ola)).expect(404);
    expect(await auditRows(api, { clientId: client.id, actorSubject: 'nurse-ola' })).toEqual([
      expect.objectContaining({
        action: 'denied',
        resource_type: 'client',
        resource_id: `GET /v1/clients/${client.id}`,
        reason: '404 not-found',
      }),
    ]);
  });

  it('audits a 403 policy refusal as denied', async () => {
    await api.http().get('/v1/audit-events').set(bearer(ola)).expect(403);
    expect(
      await auditRows(api, { actorSubject: 'nurse-ola', resourceType: 'record' }),
    ).toContainEqual(
      expect.objectContaining({
        action: 'denied',
        resource_id: 'GET /v1/audit-events',
        reason: '403 auth.forbidden',
      }),
    );
  });

  it('lists who read the record, in words, with break-the-glass marked and refusals included', async () => {
    const client = await registerClient(api, anne);
    await api.http().get(`/v1/clients/${client.id}`).set(bearer(anne)).expect(200);
    await api.http().get(`/v1/clients/${client.id}`).set(bearer(ola)).expect(404);
    await api
      .http()
      .get(`/v1/clients/${client.id}`)
      .set(bearer(ola))
      .set('X-Break-Glass-Reason', 'Found unconscious at the drop-in')
      .expect(200);

    const log = await accessLog(client.id, officer);
    expect(log.items).toContainEqual(
      expect.objectContaining({
        actorSubject: 'nurse-anne',
        role: 'care staff',
        organisation: `municipality ${SKIEN}`,
        action: 'read',
        what: 'looked at your client record',
        breakGlass: false,
      }),
    );
    expect(log.items).toContainEqual(
      expect.objectContaining({
        actorSubject: 'nurse-ola',
        action: 'break-glass',
        breakGlass: true,
        why: 'Found unconscious at the drop-in',
      }),
    );
    expect(log.items).toContainEqual(
      expect.objectContaining({ actorSubject: 'nurse-ola', action: 'denied', breakGlass: false }),
    );
    // Newest first.
    const times = log.items.map((line) => line.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('shows a client their own log, pages it, records the reading, and hides everyone else’s', async () => {
    const client = await registerClient(api, anne);
    const other = await registerClient(api, anne);
    await api.http().get(`/v1/clients/${client.id}`).set(bearer(anne)).expect(200);
    const self = await api.token({ tenant: SKIEN, subject: client.id, roles: ['client'] });

    const first = await accessLog(client.id, self);
    expect(first.items.map((line) => line.actorSubject)).toContain('nurse-anne');
    const second = await accessLog(client.id, self, '?limit=1');
    expect(second.items).toHaveLength(1);
    expect(second.items[0]).toMatchObject({
      actorSubject: client.id,
      resourceType: 'access-log',
      what: 'looked at your access log',
    });
    expect(second.nextCursor).toEqual(expect.any(String));
    const next = await accessLog(client.id, self, `?limit=1&cursor=${second.nextCursor}`);
    // The next page goes on with older lines, none repeated.
    expect(next.items).toHaveLength(1);
    expect(next.items[0]?.id).not.toBe(second.items[0]?.id);

    const refused = await api
      .http()
      .get(`/v1/clients/${other.id}/access-log`)
      .set(bearer(self))
      .expect(404);
    expect(refused.body.code).toBe('not-found');
    // A staff member is not a privacy officer: refused by policy.
    await api.http().get(`/v1/clients/${client.id}/access-log`).set(bearer(anne)).expect(403);
  });
});
