/** An OpenAPI schema, as far as composing its example needs it. */
export interface ExampleSchema {
  $ref?: string;
  type?: string;
  example?: unknown;
  enum?: unknown[];
  properties?: Record<string, ExampleSchema>;
  items?: ExampleSchema;
  allOf?: ExampleSchema[];
  oneOf?: ExampleSchema[];
}

/**
 * The example a reader of the document sees for `schema`, composed as Swagger UI composes it:
 * a schema's own `example`, else each property's example, the first enum value or variant.
 */
export function exampleOf(
  schema: ExampleSchema | undefined,
  schemas: Readonly<Record<string, ExampleSchema>>,
): unknown {
  if (!schema) return undefined;
  if (schema.$ref) return exampleOf(schemas[schema.$ref.split('/').at(-1) ?? ''], schemas);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum[0];
  if (schema.oneOf) return exampleOf(schema.oneOf[0], schemas);
  if (schema.allOf) {
    return Object.assign({}, ...schema.allOf.map((part) => exampleOf(part, schemas) as object));
  }
  if (schema.type === 'array') return [exampleOf(schema.items, schemas)];
  if (schema.properties) {
    return Object.fromEntries(
      Object.entries(schema.properties).map(([name, property]) => [
        name,
        exampleOf(property, schemas),
      ]),
    );
  }
  return undefined;
}
