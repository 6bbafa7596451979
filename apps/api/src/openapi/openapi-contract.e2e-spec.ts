import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { fixedClock } from '@lavterskel/kernel';
import { bearer, registerClient, staffToken } from '../e2e/clients/clients-fixtures';
import { undocumentedKeys, type KeySchema } from '../testing/documented-keys';
import { startTestApp, type TestApp } from '../testing/test-app';
import { exampleOf, type ExampleSchema } from './example-of';

interface Operation {
  operationId: string;
  parameters?: { in: string; name: string }[];
  requestBody?: {
    content: Record<
      string,
      { schema: ExampleSchema; examples?: Record<string, { value: unknown }> }
    >;
  };
  responses: Record<string, { content?: Record<string, { schema: KeySchema }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, KeySchema & ExampleSchema> };
}

const COMMITTED = join(__dirname, '../../openapi.json');
const WRITES = ['post', 'put', 'patch'];
/** The ids the documented examples use, and which record of the test stands for each. */
const EXAMPLE_CLIENT_ID = '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11';

describe('the OpenAPI contract of the running API', () => {
  const clock = fixedClock('2026-11-23T10:00:00Z');
  let api: TestApp;
  let token: string;
  let doc: Document;
  let ajv: Ajv;

  beforeAll(async () => {
    api = await startTestApp({ clock });
    token = await staffToken(api, 'nurse-anne', {
      roles: ['staff', 'team-lead', 'crisis-coordinator', 'privacy-officer'],
    });
    doc = (await api.http().get('/docs-json').expect(200)).body as Document;
    ajv = new Ajv({ strict: false, allErrors: true, discriminator: true });
    addFormats(ajv);
    const components: unknown = JSON.parse(JSON.stringify(doc.components), forAjv);
    ajv.addSchema({ $id: 'openapi', components });
  });
  afterAll(() => api.close());

  it('is the committed apps/api/openapi.json (run `npm run openapi:export -- apps/api/openapi.json`)', () => {
    expect(doc).toEqual(JSON.parse(readFileSync(COMMITTED, 'utf8')));
  });

  it('accepts every documented request example with its documented success status, answering its documented schema', async () => {
    const checked: string[] = [];
    const failures: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const media = operation.requestBody?.content['application/json'];
        if (!WRITES.includes(method) || !media?.examples) continue;
        const success = Object.keys(operation.responses).find((status) => status.startsWith('2'));
        for (const [name, example] of Object.entries(media.examples)) {
          const client = await registerClient(api, token);
          const body = withIds(example.value, { [EXAMPLE_CLIENT_ID]: client.id });
          const response = await api
            .http()
            [method as 'post'](path)
            .set(bearer(token))
            .send(body as object);
          const label = `${operation.operationId} (${name})`;
          checked.push(label);
          if (String(response.status) !== success) {
            failures.push(`${label}: ${response.status} ${JSON.stringify(response.body)}`);
            continue;
          }
          failures.push(...responseProblems(label, operation, success, response.body));
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toEqual(
      expect.arrayContaining(['grantConsent (person)', 'decideSharing (role)']),
    );
  });

  it('accepts the example Swagger UI composes for each creating POST without path parameters', async () => {
    const failures: string[] = [];
    const created: Record<string, string> = {};
    let checked = 0;
    for (const operationId of COMPOSED_EXAMPLES) {
      const [path, method, operation] = find(operationId);
      const client = await registerClient(api, token);
      const body = withIds(
        exampleOf(
          operation.requestBody?.content['application/json']?.schema,
          doc.components.schemas,
        ),
        {
          ...created,
          [EXAMPLE_CLIENT_ID]: client.id,
        },
      );
      const success = Object.keys(operation.responses).find((status) => status.startsWith('2'));
      const response = await api
        .http()
        [method as 'post'](path)
        .set(bearer(token))
        .send(body as object);
      checked++;
      if (String(response.status) !== success) {
        failures.push(`${operationId}: ${response.status} ${JSON.stringify(response.body)}`);
        continue;
      }
      failures.push(...responseProblems(operationId, operation, success, response.body));
      // What a later example refers to by its documented id (a team, a service, a partner).
      const documented = exampleOf(
        operation.responses[success]?.content?.['application/json']?.schema,
        doc.components.schemas,
      ) as { id?: string };
      if (documented.id) created[documented.id] = (response.body as { id: string }).id;
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(COMPOSED_EXAMPLES.length);
  });

  function find(operationId: string): [string, string, Operation] {
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (operation.operationId === operationId) return [path, method, operation];
      }
    }
    throw new Error(`no operation ${operationId}`);
  }

  /** What is wrong with a success response: schema violations (ajv) and undocumented keys. */
  function responseProblems(label: string, operation: Operation, status: string, body: unknown) {
    const schema = operation.responses[status]?.content?.['application/json']?.schema;
    if (!schema) return [];
    const validate = compile(schema);
    const problems = validate(body)
      ? []
      : (validate.errors ?? []).map((e) => `${label}: ${e.instancePath} ${e.message}`);
    const extra = undocumentedKeys(body, schema, doc.components.schemas);
    return [...problems, ...extra.map((key) => `${label}: undocumented key ${key}`)];
  }

  function compile(schema: KeySchema): ValidateFunction {
    return ajv.compile(
      JSON.parse(
        JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'),
        forAjv,
      ),
    );
  }
});

/** Creating POSTs whose composed example (each property's `example`) the API must accept. */
const COMPOSED_EXAMPLES = [
  'registerClient',
  'submitApplication',
  'registerPartner',
  'createTeam',
  'createService',
  'registerStaffMember',
  'createOutreachPlace',
  'createCrisisPlan',
  'registerWebhookEndpoint',
];

/**
 * An OpenAPI 3.0 schema as JSON Schema for Ajv: a nullable composed schema (`nullable` next to
 * `allOf`, which Ajv applies to the object only) admits null; Ajv tells oneOf variants apart by
 * their `type` enum and refuses an explicit discriminator mapping.
 */
function forAjv(key: string, value: unknown): unknown {
  if (key === 'mapping') return undefined;
  if (value && typeof value === 'object' && 'nullable' in value && 'allOf' in value) {
    const { nullable: _nullable, type: _type, ...schema } = value as Record<string, unknown>;
    return { anyOf: [schema, { type: 'null' }] };
  }
  return value;
}

/** `value` with every string equal to a key of `ids` replaced by its value. */
function withIds(value: unknown, ids: Readonly<Record<string, string>>): unknown {
  if (typeof value === 'string') return ids[value] ?? value;
  if (Array.isArray(value)) return value.map((item) => withIds(item, ids));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIds(v, ids)]));
  return value;
}
