import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';

export interface SecurityHeadersOptions {
  /** Strict-Transport-Security max-age; set only when the API is reached over TLS. */
  hstsMaxAgeSeconds?: number;
}

/**
 * Helmet's headers (nosniff, CSP, no-referrer, …) with framing refused outright, HSTS only
 * when configured, and `Cache-Control: no-store` on every /v1 answer: they carry personal
 * data, which no browser or proxy cache may keep. The CSP allows what the Swagger UI at
 * /docs needs: its own scripts, its inline style block, and data: images.
 */
export function useSecurityHeaders(
  app: NestExpressApplication,
  options: SecurityHeadersOptions = {},
): void {
  const tls = options.hstsMaxAgeSeconds !== undefined && options.hstsMaxAgeSeconds > 0;
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'frame-ancestors': ["'none'"],
          // Over plain HTTP (development) upgrading would break the Swagger UI's own requests.
          'upgrade-insecure-requests': tls ? [] : null,
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: tls
        ? { maxAge: options.hstsMaxAgeSeconds, includeSubDomains: true }
        : false,
    }),
  );
  app.use(
    '/v1',
    (
      _request: unknown,
      response: { setHeader(name: string, value: string): void },
      next: () => void,
    ) => {
      response.setHeader('Cache-Control', 'no-store');
      next();
    },
  );
}
