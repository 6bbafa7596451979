import { SKIEN, startServicesApp, type ServicesTestApp } from '../services/services-e2e';
import { BREAK_GLASS, LAR_DOCTOR, consentBody } from '../consent/consent-fixtures';
import { auditRows, identifiedClient } from './clients-fixtures';
import { statementsSentDuring } from './statements-sent';

/** SQL text rather than a statement name: a statement pg did not send as a named prepared one. */
const unnamed = (sent: readonly string[]) =>
  sent.filter((text) => /^(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i.test(text));

/**
 * The audited writes as named prepared statements (registering: the client and its first status
 * change in one) keep their transaction, their audit row and their idempotent replay.
 */
describe('clients: the hot writes keep their transaction, audit row and replay', () => {
  let api: ServicesTestApp;
  let registrar: string;

  beforeAll(async () => {
    api = await startServicesApp();
    registrar = await api.bearer({ tenant: SKIEN, roles: ['staff'], subject: 'reg-writes' });
  });
  afterAll(() => api.close());

  const post = (path: string, key: string, body: Record<string, unknown>) =>
    api.http().post(path).set('Authorization', registrar).set('Idempotency-Key', key).send(body);

  it('registers a client and its first status change in one statement, in the transaction of its audit row and key', async () => {
    const body = identifiedClient();
    let id = '';
    const sent = await statementsSentDuring(async () => {
      id = (await post('/v1/clients', 'hot-register-1', body).expect(201)).body.id;
    });
    expect(sent.filter((text) => text.startsWith('clients.'))).toEqual([
      'clients.client-id-by-national-id',
      'clients.insert-client',
    ]);
    expect(unnamed(sent)).toEqual([]);
    expect(sent[0]).toBe('START TRANSACTION');
    expect(sent.at(-1)).toBe('COMMIT');
    const history = await api
      .http()
      .get(`/v1/clients/${id}/status-history`)
      .set('Authorization', registrar)
      .expect(200);
    expect(history.body.items).toEqual([
      expect.objectContaining({ from: null, to: 'applicant', changedBy: 'reg-writes' }),
    ]);
    expect(await auditRows(api, { clientId: id, actorSubject: 'reg-writes' })).toContainEqual(
      expect.objectContaining({ action: 'create', resource_type: 'client', resource_id: id }),
    );

    const replay = await post('/v1/clients', 'hot-register-1', body).expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(
      (await api.http().get(`/v1/clients/${id}`).set('Authorization', registrar)).body,
    );
    const other = await post('/v1/clients', 'hot-register-1', identifiedClient()).expect(422);
    expect(other.body.code).toBe('kernel.idempotency-key-reused');
  });

  it('refuses a second client with the same national id with a 409', async () => {
    const body = identifiedClient();
    await post('/v1/clients', 'hot-register-2', body).expect(201);
    const taken = await post('/v1/clients', 'hot-register-3', body).expect(409);
    expect(taken.body.code).toBe('clients.national-id-taken');
  });

  it('records an encounter with its crisis-rules check and audit row, every statement a named one', async () => {
    const clientId = (await post('/v1/clients', 'hot-register-4', identifiedClient()).expect(201))
      .body.id;
    const encounter = {
      occurredAt: '2026-11-03T10:00:00+01:00',
      channel: 'home-visit',
      outcome: 'attended',
      durationMinutes: 45,
      topics: ['housing', 'finances'],
    };
    let first: Record<string, unknown> = {};
    const sent = await statementsSentDuring(async () => {
      first = (
        await post(`/v1/clients/${clientId}/encounters`, 'hot-encounter-1', encounter).expect(201)
      ).body;
    });
    expect(sent).toEqual(
      expect.arrayContaining(['crisis-mode.find-state', 'clients.insert-encounter']),
    );
    expect(unnamed(sent)).toEqual([]);
    expect(first).toMatchObject({ clientId, topics: ['housing', 'finances'], durationMinutes: 45 });
    expect(await auditRows(api, { clientId, actorSubject: 'reg-writes' })).toContainEqual(
      expect.objectContaining({
        action: 'create',
        resource_type: 'encounter',
        resource_id: first['id'],
      }),
    );
    const replay = await post(
      `/v1/clients/${clientId}/encounters`,
      'hot-encounter-1',
      encounter,
    ).expect(201);
    expect(replay.body).toEqual(first);
  });

  it('decides on sharing with the client’s consents and the care relation read in one statement', async () => {
    const clientId = (await post('/v1/clients', 'hot-share-client', identifiedClient()).expect(201))
      .body.id as string;
    await post('/v1/consents', 'hot-share-consent', consentBody(clientId)).expect(201);
    const question = {
      clientId,
      category: 'lar-status',
      purpose: 'treatment-coordination',
      recipient: LAR_DOCTOR,
    };
    let outcome: unknown;
    const sent = await statementsSentDuring(async () => {
      outcome = (await post('/v1/sharing-decisions', 'hot-share-1', question).expect(201)).body
        .outcome;
    });
    expect(outcome).toBe('permit');
    expect(
      sent.filter((text) => text.startsWith('consent.current-consents-in-care:')),
    ).toHaveLength(1);
    expect(sent.filter((text) => text.startsWith('care-relations:'))).toEqual([]);

    // Out of care: 404 and nothing logged; a written reason opens it, audited as break-the-glass.
    const stranger = await api.bearer({
      tenant: SKIEN,
      roles: ['staff'],
      subject: 'stranger-writes',
    });
    const decisions = async () =>
      Number(
        (
          await api.db.dataSource.query(
            'SELECT count(*) FROM consent.sharing_decision WHERE client_id = $1',
            [clientId],
          )
        )[0].count,
      );
    await api
      .http()
      .post('/v1/sharing-decisions')
      .set('Authorization', stranger)
      .send(question)
      .expect(404);
    expect(await decisions()).toBe(1);
    await api
      .http()
      .post('/v1/sharing-decisions')
      .set('Authorization', stranger)
      .set('X-Break-Glass-Reason', BREAK_GLASS)
      .send(question)
      .expect(201);
    expect(await decisions()).toBe(2);
    expect(await auditRows(api, { clientId, actorSubject: 'stranger-writes' })).toContainEqual(
      expect.objectContaining({ action: 'break-glass', resource_type: 'client' }),
    );
  });

  it('joins a cohort with the client’s existence and the care relation asked in one statement', async () => {
    const clientId = (await post('/v1/clients', 'hot-join-client', identifiedClient()).expect(201))
      .body.id as string;
    const monday = { weekday: 'monday', startTime: '10:00' };
    const group = await post('/v1/groups', 'hot-join-group', {
      serviceId: crypto.randomUUID(),
      name: 'Hot walk',
      locationKind: 'outdoor',
      capacity: 20,
      schedule: [{ ...monday, durationMinutes: 60, maxCohorts: 1 }],
    }).expect(201);
    await post(`/v1/groups/${group.body.id}/cohorts`, 'hot-join-cohort', {
      slot: monday,
      maxSize: 5,
    }).expect(201);
    const sent = await statementsSentDuring(() =>
      post(`/v1/groups/${group.body.id}/members`, 'hot-join-1', { clientId }).expect(201),
    );
    expect(sent.filter((text) => text.startsWith('clients.client-in-care:'))).toHaveLength(1);
    expect(sent.filter((text) => text.startsWith('care-relations:'))).toEqual([]);
    expect(sent.filter((text) => text === 'clients.find-client')).toEqual([]);

    // Out of care: 404 and no member; unknown: 404 before any audit row.
    const stranger = await api.bearer({
      tenant: SKIEN,
      roles: ['staff'],
      subject: 'stranger-join',
    });
    const other = (await post('/v1/clients', 'hot-join-other', identifiedClient()).expect(201)).body
      .id as string;
    await api
      .http()
      .post(`/v1/groups/${group.body.id}/members`)
      .set('Authorization', stranger)
      .send({ clientId: other })
      .expect(404);
    const unknown = crypto.randomUUID();
    await api
      .http()
      .post(`/v1/groups/${group.body.id}/members`)
      .set('Authorization', registrar)
      .send({ clientId: unknown })
      .expect(404);
    expect(await auditRows(api, { clientId: unknown })).toEqual([]);
    const members = await api
      .http()
      .get(`/v1/groups/${group.body.id}/members`)
      .set('Authorization', registrar)
      .expect(200);
    expect(members.body.items.map((member: { clientId: string }) => member.clientId)).toEqual([
      clientId,
    ]);
  });
});
