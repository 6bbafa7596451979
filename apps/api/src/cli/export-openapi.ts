import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { loadApiConfig } from '../config/api-config';
import { buildOpenApiDocument } from '../openapi/openapi';

/**
 * Writes the OpenAPI document without a database or a running server (Nest's preview mode
 * builds the module graph without instantiating providers): `npm run openapi:export -- file.json`,
 * or to standard output without an argument.
 */
async function main(): Promise<void> {
  const app = await NestFactory.create(
    AppModule.forRoot({ config: loadApiConfig({}), databaseUrl: 'postgres://unused@127.0.0.1:1/unused' }),
    { preview: true, logger: false },
  );
  const document = buildOpenApiDocument(app);
  const target = process.argv[2];
  const json = JSON.stringify(document, null, 2);
  if (target) writeFileSync(target, `${json}\n`);
  else process.stdout.write(`${json}\n`);
  await app.close();
}

main().catch((error: unknown) => {
  console.error(`openapi:export: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
