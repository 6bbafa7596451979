import fc from 'fast-check';

/** The part of an OpenAPI 3 document the fuzzer reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, Schema> };
}
interface OpenApiOperation {
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  example?: unknown;
}

export interface FuzzOperation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  pathParams: string[];
  queryParams: { name: string; example?: unknown }[];
  /** Top-level body properties, empty without a body. */
  bodyProperties: string[];
  hasBody: boolean;
}

export interface MalformedRequest {
  kind: string;
  url: string;
  headers: Record<string, string>;
  /** Raw text sent as the body, or undefined for none. */
  body?: string;
  contentType?: string;
}

export function fuzzOperations(doc: OpenApiDocument): FuzzOperation[] {
  const resolve = (schema: Schema | undefined): Schema | undefined =>
    schema?.$ref ? doc.components.schemas[schema.$ref.split('/').at(-1) ?? ''] : schema;
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const parameters = operation.parameters ?? [];
      const body = resolve(operation.requestBody?.content['application/json']?.schema);
      return {
        method: method as FuzzOperation['method'],
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, example: p.schema?.example })),
        bodyProperties: Object.keys(body?.properties ?? {}),
        hasBody: operation.requestBody !== undefined,
      };
    }),
  );
}

const NUL = '\u0000';
const LONE_SURROGATES = ['\ud800', '\udfff', 'a\udc00b'];

/** Text no field should take: NUL, lone surrogates, control and oversized strings. */
const hostileText = fc.oneof(
  fc.string().map((s) => `${s}${NUL}${s}`),
  fc.constantFrom(...LONE_SURROGATES).map((s) => `x${s}`),
  fc.constantFrom(
    '',
    ' ',
    "'; DROP TABLE x; --",
    '%s%n',
    '../../etc/passwd',
    '\u202e',
    '𝕏'.repeat(3),
  ),
  fc.integer({ min: 1000, max: 20_000 }).map((n) => 'ø'.repeat(n)),
);

/** A value of some JSON type, most often the wrong one. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e308,
    -0,
    '',
    'null',
    '[]',
    '2026-13-45',
    'not-a-uuid',
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  hostileText,
  fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.integer(), fc.string()), { maxKeys: 4 }),
);

/** Path segments in place of an id. */
const badId = fc.oneof(
  fc.constantFrom(
    'not-a-uuid',
    '00000000-0000-0000-0000-00000000000g',
    '%00',
    '%ED%A0%80',
    '%E0%A4%A',
    '%25',
    '..%2F..%2F',
    '0b7f1c1e-3a53-4a52-9d0b-5f1f2e0c9a11%00',
    "1'%20OR%20'1'='1",
    '9'.repeat(400),
  ),
  fc.uuid(),
  fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent),
);

const base64url = (value: string) => Buffer.from(value, 'utf8').toString('base64url');

/** Cursors a list never issued: undecodable, wrong arity, wrong kind per part, hostile text. */
const badCursor = fc.oneof(
  fc.constantFrom(
    '%%%',
    '',
    'WyIyMDI2LTExLTIzVDA5OjAwOjAwLjAwMFoiLCJhMSJd',
    base64url('{"a":1}'),
    base64url('[]'),
  ),
  fc
    .array(
      fc.oneof(
        fc.string(),
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.uuid(),
        fc.constantFrom('2026-02-30T00:00:00Z', '0000-01-01', 'a\u0000', '\ud800', 2 ** 40),
      ),
      {
        minLength: 1,
        maxLength: 4,
      },
    )
    .map((key) => base64url(JSON.stringify(key))),
  fc.string({ maxLength: 600 }),
);

function deepJson(depth: number): string {
  return `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;
}

const querySuffix = (pairs: [string, string][]) =>
  pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`;

/** One malformed request for `operation`, by kind; ids are valid UUIDs unless the kind is about ids. */
export function malformedRequest(operation: FuzzOperation): fc.Arbitrary<MalformedRequest> {
  const pathWith = (ids: fc.Arbitrary<string>) =>
    fc
      .array(ids, {
        minLength: operation.pathParams.length,
        maxLength: operation.pathParams.length,
      })
      .map((values) => {
        let i = 0;
        return operation.path.replaceAll(/\{[^}]+\}/g, () => values[i++] ?? '');
      });
  const validPath = pathWith(fc.uuid({ version: 4 }));
  const headers = fc.record({
    'If-Match': fc.constantFrom('"1"', '"0"', 'W/"x"', '*', '"99999999999999999999"'),
    'Idempotency-Key': fc.oneof(fc.uuid(), fc.constantFrom('x', 'k'.repeat(300))),
    'X-Break-Glass-Reason': fc.constantFrom(
      'Robustness test of malformed input',
      "UTF-8''%00%00%00%00%00%00%00%00%00%00%00",
      "UTF-8''%ED%A0%80%ED%A0%80%ED%A0%80xxxxxxxx",
      "UTF-8''%E0%A4%A",
      'short',
    ),
  });
  const json = (body: unknown) => JSON.stringify(body);
  const properties =
    operation.bodyProperties.length > 0 ? operation.bodyProperties : ['id', 'clientId', 'note'];
  const property = fc.constantFrom(...properties);
  const queryNames = operation.queryParams.map((p) => p.name);

  const kinds: fc.Arbitrary<Omit<MalformedRequest, 'headers'>>[] = [
    pathWith(badId).map((url) => ({
      kind: 'bad-id',
      url,
      ...(operation.hasBody ? { body: '{}' } : {}),
    })),
    fc
      .tuple(
        validPath,
        fc.array(
          fc.tuple(
            fc.constantFrom('limit', 'cursor', 'q', 'from', 'to', 'status', ...queryNames),
            fc.oneof(
              fc.string({ maxLength: 30 }).map(encodeURIComponent),
              fc.constantFrom(
                '%00',
                '%ED%A0%80',
                '-1',
                '0',
                '1e9',
                '2026-13-45',
                'true',
                '%E0%A4%A',
              ),
            ),
          ),
          { maxLength: 4 },
        ),
      )
      .map(([url, pairs]) => ({ kind: 'bad-query', url: url + querySuffix(pairs) })),
    fc.tuple(validPath, badCursor).map(([url, cursor]) => ({
      kind: 'bad-cursor',
      url: `${url}?cursor=${encodeURIComponent(cursor)}`,
    })),
  ];
  if (operation.hasBody) {
    kinds.push(
      fc
        .tuple(
          validPath,
          fc.dictionary(property, wrongValue, { minKeys: 1, maxKeys: properties.length }),
        )
        .map(([url, body]) => ({ kind: 'wrong-types', url, body: json(body) })),
      fc
        .tuple(validPath, property, hostileText)
        .map(([url, name, text]) => ({ kind: 'hostile-text', url, body: json({ [name]: text }) })),
      fc
        .tuple(validPath, property, fc.integer({ min: 1001, max: 30_000 }))
        .map(([url, name, length]) => ({
          kind: 'oversized-array',
          url,
          body: json({ [name]: new Array(length).fill(1) }),
        })),
      fc
        .tuple(validPath, fc.integer({ min: 33, max: 20_000 }))
        .map(([url, depth]) => ({ kind: 'deep-json', url, body: deepJson(depth) })),
      fc
        .tuple(
          validPath,
          fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), wrongValue, {
            minKeys: 1,
            maxKeys: 30,
          }),
        )
        .map(([url, extra]) => ({ kind: 'unknown-properties', url, body: json(extra) })),
      fc
        .tuple(
          validPath,
          fc.constantFrom(
            '{"a":',
            '[',
            'null',
            '"text"',
            '1',
            '{"__proto__":{"admin":true}}',
            '{"constructor":{"prototype":{}}}',
            '\u0000',
            '{"a":"\\ud800"}',
            '{"a":"\\u0000"}',
          ),
        )
        .map(([url, body]) => ({ kind: 'broken-json', url, body })),
      fc
        .tuple(
          validPath,
          fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'application/xml',
            'multipart/form-data; boundary=x',
          ),
        )
        .map(([url, contentType]) => ({
          kind: 'wrong-content-type',
          url,
          body: 'a=1&b=%00',
          contentType,
        })),
    );
  }
  return fc
    .tuple(fc.oneof(...kinds), headers)
    .map(([request, headerValues]) => ({ ...request, headers: headerValues }));
}
