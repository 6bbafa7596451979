import { MOTHER, NAV, OSLO, SKIEN, consentBody, coordinator, nurse } from './consent-fixtures';
import { identifiedClient } from '../clients/clients-fixtures';
import { startConsentTestApp, type ConsentTestApp } from './consent-test-app';

interface Row {
  clientId: string;
  lacksCrisisConsent: boolean;
  contactableBy: { recipient: { name: string }; consentId: string }[];
}

describe('crisis contactability over HTTP (CO-4)', () => {
  let api: ConsentTestApp;
  let ready: string;
  let noCrisisPurpose: string;
  let withdrawnOnly: string;
  let ready2: string;

  /** Registers an active client in the client registry (the report's roster) and returns its id. */
  async function activeClient(): Promise<string> {
    const clientId = await api.registerClient(nurse);
    const caller = await api.as(nurse);
    await caller
      .post(`/v1/clients/${clientId}/status-changes`, { status: 'active' })
      .set('If-Match', '"1"')
      .expect(200);
    return clientId;
  }

  beforeAll(async () => {
    api = await startConsentTestApp();
    const caller = await api.as(nurse);
    // The report lists clients in id order; name them in that order so pages are predictable.
    const ids = [];
    for (let i = 0; i < 4; i += 1) ids.push(await activeClient());
    [ready, noCrisisPurpose, withdrawnOnly, ready2] = ids.sort() as [
      string,
      string,
      string,
      string,
    ];
    // Registered but not active: not on the roster, so not in the report.
    await caller.post('/v1/clients', identifiedClient()).expect(201);
    const crisis = { categories: ['contact-details'], purposes: ['crisis-contact'] };
    await caller
      .post('/v1/consents', consentBody(ready, { ...crisis, recipients: [NAV, MOTHER] }))
      .expect(201);
    await caller
      .post(
        '/v1/consents',
        consentBody(noCrisisPurpose, {
          categories: ['contact-details'],
          purposes: ['treatment-coordination'],
        }),
      )
      .expect(201);
    const withdrawn = await caller
      .post('/v1/consents', consentBody(withdrawnOnly, crisis))
      .expect(201);
    await caller
      .post(`/v1/consents/${withdrawn.body.id}/withdrawal`, { method: 'oral' })
      .expect(200);
    await caller
      .post('/v1/consents', consentBody(ready2, { ...crisis, recipients: [NAV] }))
      .expect(201);
  });
  afterAll(() => api.close());

  const report = async (query: string) =>
    (
      await (
        await api.as(coordinator)
      )
        .get(`/v1/consents/crisis-contactability${query}`)
        .expect(200)
    ).body;

  it('lists every client with who may contact them in a crisis', async () => {
    const { items, nextCursor } = await report('');
    expect(nextCursor).toBeNull();
    expect(
      items.map((row: Row) => [
        row.clientId,
        row.lacksCrisisConsent,
        row.contactableBy.map((contact) => contact.recipient.name),
      ]),
    ).toEqual([
      [ready, false, ['NAV Skien', 'Kari Nordmann']],
      [noCrisisPurpose, true, []],
      [withdrawnOnly, true, []],
      [ready2, false, ['NAV Skien']],
    ]);
  });

  it('gives the work list of clients lacking a crisis consent, page by page', async () => {
    const first = await report('?only=lacking&limit=1');
    expect(first.items.map((row: Row) => row.clientId)).toEqual([noCrisisPurpose]);
    const second = await report(`?only=lacking&limit=1&cursor=${first.nextCursor}`);
    expect(second).toEqual({
      items: [expect.objectContaining({ clientId: withdrawnOnly })],
      nextCursor: null,
    });
    expect((await report('?only=contactable')).items.map((row: Row) => row.clientId)).toEqual([
      ready,
      ready2,
    ]);
  });

  it('is for crisis coordinators and team leads, per municipality, and audited', async () => {
    await (await api.as(nurse)).get('/v1/consents/crisis-contactability').expect(403);
    const oslo = await (
      await api.as({ ...coordinator, tenant: OSLO })
    )
      .get('/v1/consents/crisis-contactability')
      .expect(200);
    expect(oslo.body).toEqual({ items: [], nextCursor: null });
    const rows = await api.db.dataSource.query(
      `SELECT reason FROM kernel.audit_event WHERE tenant_id = $1 AND actor_subject = 'coordinator-liv' AND resource_type = 'consent'`,
      [SKIEN],
    );
    expect(rows).toContainEqual({ reason: 'crisis contactability (lacking)' });
    const bad = await (
      await api.as(coordinator)
    )
      .get('/v1/consents/crisis-contactability?only=everyone&cursor=xyz')
      .expect(400);
    expect(bad.body.errors).toContainEqual(
      expect.objectContaining({ field: 'only', rule: 'isIn' }),
    );
  });
});
