/** One call to the composed API, as the demo loader makes it. */
export interface DemoRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  /** The `Authorization` header value. */
  bearer: string;
  body?: object;
  ifMatch?: string;
}

export interface DemoResponse {
  status: number;
  body: unknown;
}

/** The API the loader talks to: the CLI's in-process server over fetch, or a test's supertest. */
export type DemoHttp = (request: DemoRequest) => Promise<DemoResponse>;

/** Calls an API listening at `baseUrl` (e.g. `http://127.0.0.1:41234`). */
export function fetchDemoHttp(baseUrl: string): DemoHttp {
  return async ({ method, path, bearer, body, ifMatch }) => {
    const response = await fetch(new URL(path, baseUrl), {
      method,
      headers: {
        authorization: bearer,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(ifMatch ? { 'if-match': ifMatch } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
}
