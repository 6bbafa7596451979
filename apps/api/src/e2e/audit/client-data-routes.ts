/** Just enough of an OpenAPI 3 document to find which GET routes answer with client data. */
export interface OpenApiSchema {
  $ref?: string;
  properties?: Record<string, OpenApiSchema>;
  items?: OpenApiSchema;
  allOf?: OpenApiSchema[];
  oneOf?: OpenApiSchema[];
  anyOf?: OpenApiSchema[];
  additionalProperties?: OpenApiSchema | boolean;
  example?: unknown;
}

interface OpenApiOperation {
  responses?: Record<string, { content?: Record<string, { schema?: OpenApiSchema }> }>;
}

export interface OpenApiDocument {
  paths: Record<string, { get?: OpenApiOperation }>;
  components?: { schemas?: Record<string, OpenApiSchema> };
}

/** A property that names a client, or a schema that is one (a client, a caseload, a FHIR Patient). */
const CLIENT_PROPERTIES = new Set(['clientId', 'clientIds']);
const CLIENT_SCHEMA_NAMES = /^(Client|Caseload)|Patient/;

/**
 * GET routes whose success response carries client data: under `/v1/clients`, with a
 * `{clientId}` in the path, or with a response schema that (following `$ref`s) has a
 * `clientId`/`clientIds` property, a client-like schema, or a `Patient/…` reference in an example.
 */
export function clientDataRoutes(document: OpenApiDocument): string[] {
  const schemas = document.components?.schemas ?? {};
  const carries = (schema: OpenApiSchema | boolean | undefined, seen: Set<string>): boolean => {
    if (!schema || schema === true) return false;
    if (schema.$ref) {
      const name = schema.$ref.split('/').pop() ?? '';
      if (seen.has(name)) return false;
      seen.add(name);
      return CLIENT_SCHEMA_NAMES.test(name) || carries(schemas[name], seen);
    }
    if (schema.example !== undefined && JSON.stringify(schema.example).includes('Patient/')) {
      return true;
    }
    const properties = Object.entries(schema.properties ?? {});
    if (properties.some(([name]) => CLIENT_PROPERTIES.has(name))) return true;
    const children = [
      ...properties.map(([, child]) => child),
      schema.items,
      schema.additionalProperties,
      ...(schema.allOf ?? []),
      ...(schema.oneOf ?? []),
      ...(schema.anyOf ?? []),
    ];
    return children.some((child) => carries(child, seen));
  };
  return Object.entries(document.paths)
    .filter(([path, item]) => {
      if (!item.get) return false;
      if (path.startsWith('/v1/clients') || path.includes('{clientId}')) return true;
      const content = Object.values(item.get.responses?.['200']?.content ?? {});
      return content.some((media) => carries(media.schema, new Set()));
    })
    .map(([path]) => path);
}
