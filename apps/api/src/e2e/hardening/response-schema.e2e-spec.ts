import { fixedClock } from '@lavterskel/kernel';
import { bearer, registerClient, staffToken } from '../clients/clients-fixtures';
import { undocumentedKeys, type KeySchema } from '../../testing/documented-keys';
import { startTestApp, type TestApp } from '../../testing/test-app';

interface DocumentedOperation {
  parameters?: { in: string; name: string; required?: boolean }[];
  responses: Record<string, { content?: Record<string, { schema: KeySchema }> }>;
}
interface Document {
  paths: Record<string, Record<string, DocumentedOperation>>;
  components: { schemas: Record<string, KeySchema> };
}

/** Responses are their documented DTO: no key the OpenAPI document does not name (e.g. the caller's actor). */
describe('response keys match the documented schema', () => {
  const clock = fixedClock('2026-11-20T15:00:00Z');
  let api: TestApp;
  let token: string;
  let doc: Document;

  beforeAll(async () => {
    api = await startTestApp({ clock });
    token = await staffToken(api, 'nurse-anne', {
      roles: ['staff', 'team-lead', 'crisis-coordinator', 'privacy-officer'],
    });
    doc = (await api.http().get('/docs-json').expect(200)).body as Document;
  });
  afterAll(() => api.close());

  const schemaOf = (path: string, method: string, status: number) =>
    doc.paths[path]?.[method]?.responses[String(status)]?.content?.['application/json']?.schema;

  it('POST /v1/clients/{clientId}/encounters answers an EncounterDto, without the actor', async () => {
    const client = await registerClient(api, token);
    const response = await api
      .http()
      .post(`/v1/clients/${client.id}/encounters`)
      .set(bearer(token))
      .send({
        occurredAt: '2026-11-19T10:00:00Z',
        channel: 'phone',
        outcome: 'attended',
        durationMinutes: 20,
      })
      .expect(201);
    expect(response.body).not.toHaveProperty('actor');
    expect(
      undocumentedKeys(
        response.body,
        schemaOf('/v1/clients/{clientId}/encounters', 'post', 201),
        doc.components.schemas,
      ),
    ).toEqual([]);
  });

  it('GET /v1/applications/first-contact-report answers a FirstContactReportDto, without the actor', async () => {
    const response = await api
      .http()
      .get('/v1/applications/first-contact-report?from=2026-11-01&to=2026-11-30')
      .set(bearer(token))
      .expect(200);
    expect(response.body).not.toHaveProperty('actor');
    expect(
      undocumentedKeys(
        response.body,
        schemaOf('/v1/applications/first-contact-report', 'get', 200),
        doc.components.schemas,
      ),
    ).toEqual([]);
  });

  it('holds for every GET that answers 200 for a registered client or with no parameters', async () => {
    const client = await registerClient(api, token);
    await api
      .http()
      .post(`/v1/clients/${client.id}/encounters`)
      .set(bearer(token))
      .send({ occurredAt: '2026-11-19T10:00:00Z', channel: 'phone', outcome: 'no-show' })
      .expect(201);
    const mismatches: string[] = [];
    let compared = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      const operation = methods.get;
      const pathParams = (operation?.parameters ?? [])
        .filter((p) => p.in === 'path')
        .map((p) => p.name);
      if (!operation || !path.startsWith('/v1') || pathParams.some((name) => name !== 'clientId'))
        continue;
      const response = await api
        .http()
        .get(path.replace('{clientId}', client.id))
        .set(bearer(token))
        .set('X-Break-Glass-Reason', 'Checking response keys against the document');
      const schema = schemaOf(path, 'get', 200);
      if (
        response.status !== 200 ||
        !schema ||
        !/json/.test(String(response.headers['content-type']))
      )
        continue;
      compared++;
      const extra = undocumentedKeys(response.body, schema, doc.components.schemas);
      if (extra.length > 0) mismatches.push(`GET ${path}: ${extra.join(', ')}`);
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThanOrEqual(15);
  });
});
