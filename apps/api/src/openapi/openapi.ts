import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

const DESCRIPTION = `Reference API of Lavterskel: follow-up of people with substance-use problems and
mental illness in Norwegian municipal services, with crisis mode.

Every route except health and documentation needs a bearer token whose \`tenant\` claim is
the municipality (kommunenummer); a caller only ever sees its own municipality's records.
Errors are \`application/problem+json\` (RFC 9457) with a stable \`code\` and, for invalid
input, \`errors[]\` naming each field and rule. Lists are cursor-paginated
(\`limit\`, \`cursor\` → \`items\`, \`nextCursor\`).`;

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Lavterskel API')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Swagger UI at /docs, the OpenAPI JSON at /docs-json. */
export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs-json',
    yamlDocumentUrl: 'docs-yaml',
  });
}
