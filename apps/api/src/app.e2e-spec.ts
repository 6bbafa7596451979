import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from './testing/test-app';

describe('reference API', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('is live, and ready when the database answers', async () => {
    await api.http().get('/health/live').expect(200, { status: 'ok' });
    const ready = await api.http().get('/health/ready').expect(200);
    expect(ready.body.info.database.status).toBe('up');
  });

  it('serves Swagger UI and an OpenAPI document with bearer auth and problem responses', async () => {
    await api.http().get('/docs').expect(200).expect('Content-Type', /html/);
    const { body } = await api.http().get('/docs-json').expect(200);
    expect(body.openapi).toMatch(/^3\./);
    expect(body.components.securitySchemes.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(body.components.schemas.ProblemDetailsDto).toBeDefined();
    expect(body.paths['/v1/audit-events'].get.responses['401'].content).toHaveProperty([
      'application/problem+json',
    ]);
  });

  it('answers a request without a token with 401 problem+json', async () => {
    const response = await api.http().get('/v1/audit-events').expect(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      status: 401,
      code: 'auth.missing-token',
      instance: '/v1/audit-events',
    });
    expect(response.body.requestId).toBe(response.headers['x-request-id']);
  });

  it('answers invalid input with 400 problem+json naming each field and rule', async () => {
    const token = await api.token({ tenant: '4003', roles: ['privacy-officer'] });
    const response = await api
      .http()
      .get('/v1/audit-events?limit=0&clientId=not-a-uuid&tenant=0301')
      .set('Authorization', `Bearer ${token}`)
      .expect(400);
    expect(response.body.code).toBe('validation-failed');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'limit', rule: 'min' }),
        expect.objectContaining({ field: 'clientId', rule: 'isUuid' }),
        expect.objectContaining({ field: 'tenant', rule: 'unknown-property' }),
      ]),
    );
  });

  it("never shows one municipality's rows to another", async () => {
    const clientId = randomUUID();
    const row = (tenant: string, reason: string) =>
      api.db.dataSource.query(
        `INSERT INTO kernel.audit_event (id, tenant_id, occurred_at, actor_subject, actor_roles, action, resource_type, client_id, reason)
         VALUES ($1, $2, now(), 'nurse', '{staff}', 'read', 'client', $3, $4)`,
        [randomUUID(), tenant, clientId, reason],
      );
    await row('4003', 'skien-visit');
    await row('0301', 'oslo-visit');

    const list = async (tenant: string) => {
      const token = await api.token({ tenant, roles: ['privacy-officer'] });
      const response = await api
        .http()
        .get(`/v1/audit-events?clientId=${clientId}`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      return response.body.items.map((item: { reason: string }) => item.reason);
    };
    expect(await list('4003')).toEqual(['skien-visit']);
    expect(await list('0301')).toEqual(['oslo-visit']);
  });

  it('audits its own reads of the audit trail', async () => {
    const clientId = randomUUID();
    const token = await api.token({
      tenant: '5001',
      roles: ['privacy-officer'],
      subject: 'officer-kari',
    });
    await api
      .http()
      .get(`/v1/audit-events?clientId=${clientId}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    const { body } = await api
      .http()
      .get(`/v1/audit-events?clientId=${clientId}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(body.items).toEqual([
      expect.objectContaining({
        actorSubject: 'officer-kari',
        action: 'read',
        resourceType: 'audit-trail',
        clientId,
      }),
    ]);
  });
});
