import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './generated/lavterskel-api';

/** Every route of the API, typed from its OpenAPI document: `client.POST('/v1/clients', { body })`. */
export type LavterskelClient = Client<paths>;

/** A bearer token, or a function that answers a current one before each request. */
export type TokenSource = string | (() => string | Promise<string>);

export interface LavterskelClientOptions {
  /** The API's origin, e.g. `http://localhost:3000`; the paths carry their `/v1` prefix. */
  baseUrl: string;
  token: TokenSource;
  /** Another fetch (a proxy, a test double); default: the global one. */
  fetch?: (request: Request) => Promise<Response>;
}

/** Sets `Authorization: Bearer …` on every request. */
export function bearerAuth(token: TokenSource): Middleware {
  return {
    async onRequest({ request }) {
      const value = typeof token === 'function' ? await token() : token;
      request.headers.set('Authorization', `Bearer ${value}`);
      return request;
    },
  };
}

export function createLavterskelClient(options: LavterskelClientOptions): LavterskelClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch });
  client.use(bearerAuth(options.token));
  return client;
}
