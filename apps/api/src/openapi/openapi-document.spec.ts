import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

interface Schema {
  type?: string;
  properties?: unknown;
  additionalProperties?: unknown;
  oneOf?: unknown;
  allOf?: unknown;
  anyOf?: unknown;
  $ref?: string;
}
interface Operation {
  operationId: string;
  parameters?: { in: string; name: string }[];
  responses: Record<string, { content?: Record<string, { examples?: Record<string, unknown> }> }>;
  tags?: string[];
}
interface Document {
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
}

const ROOT = join(__dirname, '../../../..');
const doc = JSON.parse(readFileSync(join(__dirname, '../../openapi.json'), 'utf8')) as Document;
const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ label: `${method} ${path}`, operation })),
);

/** The committed document (the e2e contract test proves it is the running app's). */
describe('apps/api/openapi.json', () => {
  it('has no shapeless object: every `type: object` has properties, additionalProperties or a composition', () => {
    const shapeless: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (!node || typeof node !== 'object') return;
      const schema = node as Schema;
      if (
        schema.type === 'object' &&
        !schema.properties &&
        !schema.additionalProperties &&
        !schema.oneOf &&
        !schema.allOf &&
        !schema.anyOf &&
        !schema.$ref
      )
        shapeless.push(at);
      for (const [key, child] of Object.entries(node)) {
        if (key !== 'example' && key !== 'examples') walk(child, `${at}/${key}`);
      }
    };
    walk(doc, '#');
    expect(shapeless).toEqual([]);
  });

  it('names every operation with a unique verb-first operationId', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.filter((id) => !/^[a-z]+[A-Z][A-Za-z0-9]*$/.test(id))).toEqual([]);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('describes every tag it uses', () => {
    const described = new Set(doc.tags.filter((tag) => tag.description).map((tag) => tag.name));
    const used = new Set(operations.flatMap(({ operation }) => operation.tags ?? []));
    expect([...used].filter((tag) => !described.has(tag))).toEqual([]);
  });

  it('gives every problem response examples carrying its status', () => {
    const missing = operations.flatMap(({ label, operation }) =>
      Object.entries(operation.responses)
        .filter(([, response]) => response.content?.['application/problem+json'])
        .filter(([status, response]) => {
          const examples = Object.values(
            response.content?.['application/problem+json']?.examples ?? {},
          ) as { value: { status: number } }[];
          return examples.length === 0 || examples.some((e) => e.value.status !== Number(status));
        })
        .map(([status]) => `${label} ${status}`),
    );
    expect(missing).toEqual([]);
  });

  it('declares If-Match exactly once on every operation that answers 428 without it', () => {
    const wrong = operations
      .filter(({ operation }) => operation.responses['428'])
      .filter(
        ({ operation }) =>
          (operation.parameters ?? []).filter(
            (p) => p.in === 'header' && p.name.toLowerCase() === 'if-match',
          ).length !== 1,
      )
      .map(({ label }) => label);
    expect(wrong).toEqual([]);
  });
});

/** Nest names a schema after its class: two DTO classes of one name document one shape for both. */
describe('DTO class names', () => {
  it('are unique across the API and the libraries', () => {
    const sources = [
      join(ROOT, 'apps/api/src'),
      ...['clients', 'consent', 'crisis-mode', 'groups', 'kernel', 'services'].map((lib) =>
        join(ROOT, 'libs', lib, 'src'),
      ),
    ];
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of sources.flatMap(typeScriptFiles)) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(
        /^(?:export )?class (\w+Dto)\b/gm,
      )) {
        const other = seen.get(name);
        if (other) clashes.push(`${name}: ${other} and ${file}`);
        seen.set(name, file);
      }
    }
    expect(clashes).toEqual([]);
  });
});

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && entry.name.endsWith('.ts') && !/spec\.ts$/.test(entry.name),
    )
    .map((entry) => join(entry.parentPath, entry.name));
}
