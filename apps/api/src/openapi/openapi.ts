import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { addProblemExamples } from './problem-examples';
import { TAGS } from './tags';

const DESCRIPTION = `Reference API of Lavterskel: follow-up of people with substance-use problems and
mental illness in Norwegian municipal services, with crisis mode.

Every route except health, documentation and the simple application form needs a bearer token
whose \`tenant\` claim is the municipality (kommunenummer); a caller only ever sees its own
municipality's records. Errors are \`application/problem+json\` (RFC 9457) with a stable \`code\`
and, for invalid input, \`errors[]\` naming each field and rule. Lists are cursor-paginated
(\`limit\`, \`cursor\` → \`items\`, \`nextCursor\`).

**Getting a token.** With an identity provider (\`AUTH_JWKS_URL\`), use a token it issues. Without
one, the API accepts tokens signed with \`AUTH_JWT_SECRET\` (or, on loopback outside production,
its built-in development secret); a checkout of the repository prints one:

    npm run -s token -- --tenant 4003 --role staff

\`--tenant\` is the kommunenummer; \`--role\` (\`staff\`, \`team-lead\`, \`crisis-coordinator\`,
\`privacy-officer\`) and \`--team <team id>\` may be repeated; \`npm run token -- --help\` lists the
rest. In Swagger UI, press **Authorize** and paste the token without \`Bearer\`.`;

const BEARER_DESCRIPTION = `A JWT whose \`tenant\` claim is the municipality. In development,
\`npm run -s token -- --tenant 4003 --role staff\` prints one (roles: \`staff\`, \`team-lead\`,
\`crisis-coordinator\`, \`privacy-officer\`; \`--help\` lists the options). Paste it without \`Bearer\`.`;

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Lavterskel API')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/license/mit')
    .addServer('/', 'This API, where this document is served')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: BEARER_DESCRIPTION,
    });
  for (const tag of TAGS) builder.addTag(tag.name, tag.description);
  const document = SwaggerModule.createDocument(app, builder.build());
  markPublicOperations(document);
  describeOptionalParameterExamples(document);
  addProblemExamples(app, document);
  return sortedSchemas(document);
}

/** A route without a bearer requirement is public (`@Public()`): say so with `security: []`. */
function markPublicOperations(document: OpenAPIObject): void {
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods) as {
      security?: unknown[];
      responses?: unknown;
    }[]) {
      if (operation?.responses && !operation.security) operation.security = [];
    }
  }
}

interface DocumentedParameter {
  required?: boolean;
  description?: string;
  example?: unknown;
  schema?: { example?: unknown };
}

/**
 * Swagger UI's "Try it out" pre-fills every parameter's example, so an optional filter, cursor,
 * break-glass reason or idempotency key would be sent unasked (a list answering 400 for a stale
 * cursor, or an audited break-glass). An optional parameter's example is shown in its
 * description instead; required parameters keep theirs.
 */
function describeOptionalParameterExamples(document: OpenAPIObject): void {
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods) as { parameters?: DocumentedParameter[] }[]) {
      for (const parameter of operation?.parameters ?? []) {
        if (parameter.required) continue;
        const example = parameter.example ?? parameter.schema?.example;
        if (example === undefined) continue;
        delete parameter.example;
        if (parameter.schema) delete parameter.schema.example;
        const shown = typeof example === 'string' ? example : JSON.stringify(example);
        parameter.description = `${parameter.description ?? ''} Example: \`${shown}\`.`.trim();
      }
    }
  }
}

/** Schemas by name, so the committed document does not change with module registration order. */
function sortedSchemas(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  const sorted = Object.fromEntries(
    Object.keys(schemas)
      .sort()
      .map((name) => [name, schemas[name]]),
  );
  return { ...document, components: { ...document.components, schemas: sorted } };
}

/** Swagger UI at /docs, the OpenAPI JSON at /docs-json. */
export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs-json',
    yamlDocumentUrl: 'docs-yaml',
  });
}
