/** An OpenAPI schema, as far as comparing response keys needs it. */
export interface KeySchema {
  $ref?: string;
  type?: string;
  properties?: Record<string, KeySchema>;
  items?: KeySchema;
  allOf?: KeySchema[];
  oneOf?: KeySchema[];
  anyOf?: KeySchema[];
  additionalProperties?: boolean | KeySchema;
}

/**
 * The paths of keys in `value` that `schema` does not document, e.g. `actor` or
 * `items[0].actor.roles`: a response must be its DTO, never a spread of use-case input.
 */
export function undocumentedKeys(
  value: unknown,
  schema: KeySchema | undefined,
  schemas: Readonly<Record<string, KeySchema>>,
  path = '',
): string[] {
  const resolved = resolve(schema, schemas);
  if (!resolved || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) {
    return value.flatMap((item, i) =>
      undocumentedKeys(item, resolved.items, schemas, `${path}[${i}]`),
    );
  }
  const properties = propertiesOf(resolved, schemas);
  // A free-form object (a map) documents no keys of its own.
  if (!properties) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const at = path ? `${path}.${key}` : key;
    return key in properties ? undocumentedKeys(item, properties[key], schemas, at) : [at];
  });
}

function resolve(
  schema: KeySchema | undefined,
  schemas: Readonly<Record<string, KeySchema>>,
): KeySchema | undefined {
  return schema?.$ref ? schemas[schema.$ref.split('/').at(-1) ?? ''] : schema;
}

function propertiesOf(
  schema: KeySchema,
  schemas: Readonly<Record<string, KeySchema>>,
): Record<string, KeySchema> | undefined {
  const parts = [schema, ...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]
    .map((part) => resolve(part, schemas))
    .filter((part): part is KeySchema => part !== undefined);
  if (parts.some((part) => part.additionalProperties)) return undefined;
  const merged = Object.assign({}, ...parts.map((part) => part.properties ?? {})) as Record<
    string,
    KeySchema
  >;
  return Object.keys(merged).length > 0 ? merged : undefined;
}
