import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule, type AppModuleOptions } from './app.module';
import type { ApiConfig } from './config/api-config';
import { serveOpenApi } from './openapi/openapi';

/** The configured application, not yet listening: used by main.ts. */
export async function createApp(options: AppModuleOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: options.config.production ? ['error', 'warn', 'log'] : ['error', 'warn'],
  });
  return configureApp(app, options.config);
}

/** HTTP settings of the API, shared by createApp and the tests' composed app. */
export function configureApp(
  app: NestExpressApplication,
  config: Pick<ApiConfig, 'trustProxy'>,
): NestExpressApplication {
  app.disable('x-powered-by');
  // Behind a load balancer, the client's address (for per-IP limits) is in X-Forwarded-For.
  app.set('trust proxy', config.trustProxy);
  // ETags are record versions set by controllers (If-Match), not hashes of the body.
  app.set('etag', false);
  app.useBodyParser('json', { limit: '256kb' });
  serveOpenApi(app);
  return app;
}
