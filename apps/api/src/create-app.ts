import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { AppModule, type AppModuleOptions } from './app.module';
import type { ApiConfig } from './config/api-config';
import { useSecurityHeaders } from './http/security-headers';
import { createLogger, NestPinoLogger } from './observability/logger';
import { useMetrics } from './observability/metrics';
import { requestLogging } from './observability/request-logging';
import { serveOpenApi } from './openapi/openapi';

/** The configured application, not yet listening: used by main.ts. */
export async function createApp(options: AppModuleOptions): Promise<INestApplication> {
  const logger = createLogger(options.config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: new NestPinoLogger(logger),
  });
  return configureApp(app, options.config, logger);
}

/** HTTP settings of the API, shared by createApp and the tests' composed app. */
export function configureApp(
  app: NestExpressApplication,
  config: Pick<
    ApiConfig,
    'trustProxy' | 'hstsMaxAgeSeconds' | 'logging' | 'production' | 'metricsToken'
  >,
  logger: Logger = createLogger(config),
): NestExpressApplication {
  // First, so that every response (even a refused one) is logged and counted.
  app.use(requestLogging(logger));
  useMetrics(app, config.metricsToken);
  app.disable('x-powered-by');
  useSecurityHeaders(app, { hstsMaxAgeSeconds: config.hstsMaxAgeSeconds });
  // Behind a load balancer, the client's address (for per-IP limits) is in X-Forwarded-For.
  app.set('trust proxy', config.trustProxy);
  // ETags are record versions set by controllers (If-Match), not hashes of the body.
  app.set('etag', false);
  app.useBodyParser('json', { limit: '256kb' });
  serveOpenApi(app);
  return app;
}
