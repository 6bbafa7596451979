import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { fixedClock } from '@lavterskel/kernel';
import {
  bearer,
  nextNationalId,
  registerClient,
  staffToken,
} from '../e2e/clients/clients-fixtures';
import { undocumentedKeys, type KeySchema } from '../testing/documented-keys';
import { startTestApp, type TestApp } from '../testing/test-app';
import { exampleOf, type ExampleSchema } from './example-of';

interface Operation {
  operationId: string;
  parameters?: { in: string; name: string; schema?: { enum?: unknown[] } }[];
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
/** The identified client a merge example names as survivor. */
const EXAMPLE_SURVIVOR_ID = '5b1f7f0e-2f4e-4d0c-9d5e-0f5b8f1c2a33';

describe('the OpenAPI contract of the running API', () => {
  // Before every documented instant; the walk over the write examples moves it on.
  const clock = fixedClock('2026-11-23T07:00:00Z');
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

  it('accepts the example Swagger UI composes for every write operation, after the records it needs', async () => {
    const failures = new Map<string, string>();
    const done = new Set<string>();
    /** The record each creating operation answered with last, for the path parameters of later ones. */
    const createdBy = new Map<string, { id: string }>();
    /** The ETag last answered for a URL or a record id, for If-Match. */
    const etags = new Map<string, string>();
    const client = await registerClient(api, token);
    const ids: Record<string, string> = {
      [EXAMPLE_CLIENT_ID]: client.id,
      ...(await prerequisites()),
    };
    createdBy.set('registerClient', client);
    // Identifying and merging need pseudonymous clients (born in 1988, as the examples say).
    for (const operationId of ['identifyClient', 'mergeClient']) {
      createdBy.set(
        `pseudonymous client for ${operationId}`,
        await registerClient(api, token, { alias: `Fjellreven ${operationId}`, birthYear: 1988 }),
      );
    }
    ids[EXAMPLE_SURVIVOR_ID] = client.id;
    const paths = Object.keys(doc.paths);
    const writes = Object.entries(doc.paths)
      .flatMap(([path, methods]) =>
        Object.entries(methods)
          .filter(([method]) => WRITES.includes(method))
          .map(([method, operation]) => ({ path, method, operation })),
      )
      .filter(({ operation }) => !(operation.operationId in NOT_COMPOSABLE))
      .sort((a, b) => rank(a.path, paths) - rank(b.path, paths));

    const send = async ({ path, method, operation }: (typeof writes)[number]) => {
      const url = await resolvePath(path, operation, createdBy);
      if (!url) return undefined;
      const body = withIds(
        exampleOf(
          operation.requestBody?.content['application/json']?.schema,
          doc.components.schemas,
        ),
        { ...ids, ...ANOTHER_PERSON[operation.operationId]?.() },
      );
      const lastId = url.match(/[0-9a-f-]{36}/g)?.at(-1);
      const needsIfMatch = operation.parameters?.some((p) => p.name.toLowerCase() === 'if-match');
      // Read, then change: the record's current ETag, as a client would have it.
      const etag =
        etags.get(url) ??
        (lastId ? etags.get(lastId) : undefined) ??
        (needsIfMatch && lastId
          ? ((
              await api
                .http()
                .get(url.slice(0, url.indexOf(lastId) + lastId.length))
                .set(bearer(token))
            ).headers['etag'] as string | undefined)
          : undefined);
      // Time passes as for a real client: what the example says happened has happened.
      const happened = pastEventsIn(body).at(-1);
      if (happened && happened > clock.now()) clock.set(new Date(happened.getTime() + 60_000));
      let call = api
        .http()
        [method as 'post'](url)
        .set(bearer(token))
        .set('X-Break-Glass-Reason', 'Checking the documented request examples');
      if (etag && needsIfMatch) call = call.set('If-Match', etag);
      const response = await call.send(body as object);
      if (String(response.status).startsWith('2')) {
        const answer = response.body as { id?: string };
        const etagHeader = response.headers['etag'] as string | undefined;
        if (etagHeader) {
          etags.set(url, etagHeader);
          if (answer?.id) etags.set(answer.id, etagHeader);
        }
        const recordId = (RECORD_ID[operation.operationId] ?? ((b) => b.id))(
          response.body as Answer,
        );
        if (recordId) createdBy.set(operation.operationId, { id: recordId });
        // The ids the documented answer shows (the record's, and those of records inside it,
        // such as a plan's goals) stand for the ones the API gave, in later examples.
        mapIds(
          exampleOf(
            operation.responses[String(response.status)]?.content?.['application/json']?.schema,
            doc.components.schemas,
          ),
          response.body,
          ids,
        );
      }
      return response;
    };

    // Later passes retry what needed a record an operation further down creates.
    for (let pass = 0; pass < 4; pass++) {
      for (const write of writes) {
        const { operationId } = write.operation;
        if (done.has(operationId)) continue;
        const fresh = writes.find(
          (w) => w.operation.operationId === ON_A_FRESH_RECORD[operationId],
        );
        if (fresh) await send(fresh);
        const response = await send(write);
        if (!response) continue;
        if (!String(response.status).startsWith('2')) {
          failures.set(operationId, `${response.status} ${JSON.stringify(response.body)}`);
          console.log(operationId, response.status, JSON.stringify(response.body));
          continue;
        }
        failures.delete(operationId);
        done.add(operationId);
        const problems = responseProblems(
          operationId,
          write.operation,
          String(response.status),
          response.body,
        );
        if (problems.length > 0) failures.set(operationId, problems.join('; '));
      }
    }
    expect(Object.fromEntries(failures)).toEqual({});
    // Every write operation ran: none was left without the records its path names.
    expect(writes.map((w) => w.operation.operationId).filter((id) => !done.has(id))).toEqual([]);
  });

  /** `path` with each parameter the record it names, or undefined while one is missing. */
  async function resolvePath(
    path: string,
    operation: Operation,
    createdBy: ReadonlyMap<string, { id: string }>,
  ): Promise<string | undefined> {
    let url = path;
    for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
      const creator =
        CREATED_BY[`${path} ${name}`] ??
        CREATED_BY[name] ??
        CREATED_BY[path.slice(0, path.indexOf('{id}') + 4)];
      const parameter = operation.parameters?.find((p) => p.in === 'path' && p.name === name);
      const value =
        (creator ? createdBy.get(creator)?.id : undefined) ??
        (parameter?.schema?.enum?.[0] as string | undefined) ??
        (await listed(name, url));
      if (!value) return undefined;
      url = url.replace(`{${name}}`, value);
    }
    return url;
  }

  /** A record no write answers with, read from its list: the first application, or session. */
  async function listed(name: string, url: string): Promise<string | undefined> {
    const list =
      name === 'applicationId'
        ? '/v1/applications'
        : name === 'sessionId'
          ? `${url.slice(0, url.indexOf('/sessions/'))}/sessions?from=2026-11-02&to=2026-11-29`
          : undefined;
    if (!list || list.includes('{')) return undefined;
    const response = await api.http().get(list).set(bearer(token));
    const items = (response.body as { items?: { id: string; status?: string }[] }).items ?? [];
    // The newest still open: closing or converting ends an application.
    return items.filter((item) => !['closed', 'converted'].includes(item.status ?? '')).at(-1)?.id;
  }

  /** Records the examples refer to besides those the write operations create. */
  async function prerequisites(): Promise<Record<string, string>> {
    const staff = await api
      .http()
      .post('/v1/staff/members')
      .set(bearer(token))
      .send({ name: 'Per Olsen', subject: 'nurse-per', profession: 'nurse' })
      .expect(201);
    const staffId = (staff.body as { id: string }).id;
    // On duty and trained for LAR dispensing: the back-up assignment example names this member.
    await api
      .http()
      .post(`/v1/staff/members/${staffId}/competencies`)
      .set(bearer(token))
      .send({ code: 'lar-dispensing', certifiedOn: '2026-01-15', expiresOn: '2027-01-14' })
      .expect(201);
    await api
      .http()
      .post(`/v1/staff/members/${staffId}/availability`)
      .set(bearer(token))
      .send({ status: 'on-duty', from: '2026-11-23', to: '2026-11-29' })
      .expect(201);
    const pharmacy = await api
      .http()
      .post('/v1/services/partners')
      .set(bearer(token))
      .send({ name: 'Apotek 1 Skien', kind: 'pharmacy', organisationNumber: '987654325' })
      .expect(201);
    return {
      // The second staff member of a mission to a client with a violence-risk flag, and the back-up.
      '9b8a7f6e-5d4c-4b3a-a291-807f6e5d4c3b': staffId,
      // The pharmacy of the prescription example.
      'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60': (pharmacy.body as { id: string }).id,
    };
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

type Answer = { id?: string; reference?: string; clientId?: string; correction?: { id: string } };

/** The id of the record an operation's answer stands for, when it is not the answer's `id`. */
const RECORD_ID: Record<string, (answer: Answer) => string | undefined> = {
  applyCohortArrangement: (answer) => answer.reference,
  correctDispensing: (answer) => answer.correction?.id,
  joinGroup: (answer) => answer.clientId,
};

/** The operation that creates the record each path parameter names. */
const CREATED_BY: Record<string, string> = {
  clientId: 'registerClient',
  applicationId: 'submitApplication',
  noteId: 'writeHandoverNote',
  relativeId: 'addRelative',
  serviceId: 'createService',
  enrolmentId: 'enrolClient',
  escalationId: 'escalateCase',
  staffId: 'registerStaffMember',
  membershipId: 'addTeamMembership',
  prescriptionId: 'createPrescription',
  eventId: 'recordDispensing',
  missionId: 'planOutreachMission',
  groupId: 'createGroup',
  planId: 'createCrisisPlan',
  exceptionId: 'grantCrisisException',
  assignmentId: 'assignBackupStaff',
  taskId: 'createTask',
  noticeId: 'publishNotice',
  meetingId: 'planResponsibilityGroupMeeting',
  '/v1/consents/{id}': 'grantConsent',
  '/v1/sharing-decisions/{id}': 'decideSharing',
  reference: 'applyCohortArrangement',
  // The member whose attendance is recorded.
  '/v1/groups/{groupId}/sessions/{sessionId}/attendance/{clientId} clientId': 'joinGroup',
  // The correction voided the first dispensing: void the one it recorded instead.
  '/v1/dispensing/dispensings/{eventId}/void eventId': 'correctDispensing',
  '/v1/clients/{clientId}/identify clientId': 'pseudonymous client for identifyClient',
  '/v1/clients/{clientId}/merge-into clientId': 'pseudonymous client for mergeClient',
  mergeId: 'mergeClient',
};

/**
 * Order of the walk: the document's, but a dry run just before the level change it previews,
 * and what closes a record (a client's status change, a task's completion) after the rest.
 */
function rank(path: string, paths: readonly string[]): number {
  if (path.endsWith('/dry-run')) return paths.indexOf(path.replace(/\/dry-run$/, '')) - 0.5;
  return (
    paths.indexOf(path) + (/\/(status-changes|complete|cancel)$/.test(path) ? paths.length : 0)
  );
}

/** Operations that close the record they act on, and the operation that makes them a fresh one. */
const ON_A_FRESH_RECORD: Record<string, string> = {
  cancelTask: 'createTask',
  closeApplication: 'submitApplication',
};

/**
 * Examples that describe a second person with the same details as `registerClient`'s: the API
 * rightly refuses a second client with one fødselsnummer, so the walk gives them a fresh one.
 */
const ANOTHER_PERSON: Record<string, () => Record<string, string>> = {
  convertApplication: () => ({ '02013299997': nextNationalId() }),
  identifyClient: () => ({ '02013299997': nextNationalId() }),
};

/** Write operations whose composed example cannot stand alone, and why. */
const NOT_COMPOSABLE: Record<string, string> = {
  createSkien2020Plan:
    'names eight different services of the municipality by id; the e2e crisis-plan tests post it with real ones',
  sendReferral:
    'the sender or receiver must work in the team that runs the service, and the walk’s token has no teams; referrals.e2e-spec posts every step with real teams and consents',
  acceptReferral:
    'the sender or receiver must work in the team that runs the service, and the walk’s token has no teams; referrals.e2e-spec posts every step with real teams and consents',
  rejectReferral:
    'the sender or receiver must work in the team that runs the service, and the walk’s token has no teams; referrals.e2e-spec posts every step with real teams and consents',
  requestReferralInformation:
    'the sender or receiver must work in the team that runs the service, and the walk’s token has no teams; referrals.e2e-spec posts every step with real teams and consents',
  respondToReferral:
    'the sender or receiver must work in the team that runs the service, and the walk’s token has no teams; referrals.e2e-spec posts every step with real teams and consents',
  withdrawReferral:
    'the sender or receiver must work in the team that runs the service, and the walk’s token has no teams; referrals.e2e-spec posts every step with real teams and consents',
};

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

/** The instants of past events (`occurredAt`, `givenAt`, `metAt` …) in a request body, in order. */
function pastEventsIn(value: unknown): Date[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value)
    .flatMap(([key, item]) =>
      typeof item === 'string' && /(occurred|dispensed|given|performed|met|received)At$/.test(key)
        ? [new Date(item)]
        : pastEventsIn(item),
    )
    .sort((a, b) => a.getTime() - b.getTime());
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Records in `ids` the value at the same place in `actual` for the `id`s of `documented`: the
 * record's own id always (the latest record stands for its example), those of records inside it
 * (a plan's goals) unless the example id already stands for another record.
 */
function mapIds(
  documented: unknown,
  actual: unknown,
  ids: Record<string, string>,
  nested = false,
): void {
  if (!documented || !actual || typeof documented !== 'object' || typeof actual !== 'object')
    return;
  for (const [key, value] of Object.entries(documented)) {
    const answered = (actual as Record<string, unknown>)[key];
    if (key === 'id' && typeof value === 'string' && typeof answered === 'string') {
      if (UUID.test(value) && (!nested || !(value in ids))) ids[value] = answered;
    } else mapIds(value, answered, ids, true);
  }
}

/** `value` with every string equal to a key of `ids` replaced by its value. */
function withIds(value: unknown, ids: Readonly<Record<string, string>>): unknown {
  if (typeof value === 'string') return ids[value] ?? value;
  if (Array.isArray(value)) return value.map((item) => withIds(item, ids));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIds(v, ids)]));
  return value;
}
