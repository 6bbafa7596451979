import type { IncomingMessage } from 'node:http';

/** A label for logs and metrics that names no record: `unmatched` when no route took the request. */
export const UNMATCHED_ROUTE = 'unmatched';

/** The route as declared (`/v1/clients/:id`), never the URL, which holds ids and query strings. */
export function routeTemplate(request: IncomingMessage): string {
  const { route, baseUrl } = request as { route?: { path?: unknown }; baseUrl?: string };
  return typeof route?.path === 'string' ? `${baseUrl ?? ''}${route.path}` : UNMATCHED_ROUTE;
}
