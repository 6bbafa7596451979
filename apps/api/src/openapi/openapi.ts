import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

const DESCRIPTION = `Reference API of Lavterskel: follow-up of people with substance-use problems and
mental illness in Norwegian municipal services, with crisis mode.

Every route except health and documentation needs a bearer token whose \`tenant\` claim is
the municipality (kommunenummer); a caller only ever sees its own municipality's records.
Errors are \`application/problem+json\` (RFC 9457) with a stable \`code\` and, for invalid
input, \`errors[]\` naming each field and rule. Lists are cursor-paginated
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
  const config = new DocumentBuilder()
    .setTitle('Lavterskel API')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: BEARER_DESCRIPTION,
    })
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
