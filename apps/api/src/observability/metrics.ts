import type { INestApplication } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';
import { routeTemplate } from './route-template';

/** The numbers pg's Pool keeps: connections open, idle, and callers waiting for one. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * Prometheus metrics of one API instance, in a registry of its own (several apps may share a
 * test process). Labels are route templates, methods and status codes only: no record ids,
 * no personal data.
 */
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route template and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to finishing its response, by method, route template and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(pool: () => PoolCounts | undefined) {
    collectDefaultMetrics({ register: this.registry });
    const poolGauge = (name: string, help: string, read: (counts: PoolCounts) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const counts = pool();
          if (counts) this.set(read(counts));
        },
      });
    poolGauge(
      'db_pool_connections',
      'Connections the API holds to PostgreSQL.',
      (c) => c.totalCount,
    );
    poolGauge('db_pool_idle_connections', 'Of those, connections not in use.', (c) => c.idleCount);
    poolGauge(
      'db_pool_waiting_requests',
      'Queries waiting for a free connection.',
      (c) => c.waitingCount,
    );
  }

  /** Express middleware: counts and times every request once its response is finished. */
  readonly record = (
    request: IncomingMessage,
    response: ServerResponse,
    next: () => void,
  ): void => {
    const stop = this.duration.startTimer();
    response.once('finish', () => {
      const labels = {
        method: request.method,
        route: routeTemplate(request),
        status_code: String(response.statusCode),
      };
      stop(labels);
      this.requests.inc(labels);
    });
    next();
  };
}

/**
 * Records every request, and serves `/metrics` to a caller with `Authorization: Bearer
 * <METRICS_TOKEN>` when that token is configured: route rates reveal how the municipality's
 * services are used, which is not for the public side of the API.
 */
export function useMetrics(app: INestApplication, token: string | undefined): ApiMetrics {
  const metrics = new ApiMetrics(() => poolCounts(app));
  app.use(metrics.record);
  if (token) {
    app
      .getHttpAdapter()
      .get('/metrics', async (request: IncomingMessage, response: ServerResponse) => {
        if (!bearerMatches(request.headers.authorization, token)) {
          response.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end();
          return;
        }
        response.setHeader('Content-Type', metrics.registry.contentType);
        response.end(await metrics.registry.metrics());
      });
  }
  return metrics;
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /i, '') ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

function poolCounts(app: INestApplication): PoolCounts | undefined {
  try {
    // TypeORM's PostgreSQL driver keeps its pg Pool as `master`.
    const driver = app.get(DataSource, { strict: false }).driver as { master?: PoolCounts };
    return driver.master;
  } catch {
    return undefined; // not initialised yet, or already closed
  }
}
