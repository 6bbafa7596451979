import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule, type AppModuleOptions } from './app.module';
import { useSecurityHeaders, type SecurityHeadersOptions } from './http/security-headers';
import { serveOpenApi } from './openapi/openapi';

/** The configured application, not yet listening: used by main.ts. */
export async function createApp(options: AppModuleOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: options.config.production ? ['error', 'warn', 'log'] : ['error', 'warn'],
  });
  return configureApp(app, { hstsMaxAgeSeconds: options.config.hstsMaxAgeSeconds });
}

/** HTTP settings of the API, shared by createApp and the tests' composed app. */
export function configureApp(
  app: NestExpressApplication,
  headers: SecurityHeadersOptions = {},
): NestExpressApplication {
  app.disable('x-powered-by');
  useSecurityHeaders(app, headers);
  // ETags are record versions set by controllers (If-Match), not hashes of the body.
  app.set('etag', false);
  app.useBodyParser('json', { limit: '256kb' });
  serveOpenApi(app);
  return app;
}
