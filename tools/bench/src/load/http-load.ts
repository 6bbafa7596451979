import autocannon from 'autocannon';
import type { Measurement } from './measurement';
import { round } from './measurement';

/** One HTTP request of a scenario; `check` is told the status and body of its answer. */
export interface HttpCall {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: unknown;
  check(status: number, body: string): boolean;
}

interface CallContext {
  call?: HttpCall;
}

/**
 * Loads the API with autocannon: `connections` keep-alive connections, one request in flight on
 * each, for `seconds`. Every answer is checked against the call that asked it (the context of
 * a connection carries its call from setupRequest to onResponse).
 */
export async function httpLoad(options: {
  baseUrl: string;
  connections: number;
  seconds: number;
  nextCall: () => HttpCall;
}): Promise<Measurement> {
  let checked = 0;
  let failed = 0;
  const failures = new Map<string, number>();
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    timeout: 30,
    requests: [
      {
        setupRequest: (request, context) => {
          const call = options.nextCall();
          (context as CallContext).call = call;
          return {
            ...request,
            method: call.method,
            path: call.path,
            headers: {
              ...call.headers,
              ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            body: call.body === undefined ? undefined : JSON.stringify(call.body),
          };
        },
        onResponse: (status, body, context) => {
          const call = (context as CallContext).call;
          if (!call) return;
          checked += 1;
          let ok: boolean;
          try {
            ok = call.check(status, body);
          } catch {
            ok = false; // an unparseable body
          }
          if (!ok) {
            failed += 1;
            const key = `${status} ${body.slice(0, 160)}`;
            failures.set(key, (failures.get(key) ?? 0) + 1);
          }
        },
      },
    ],
  });
  if (failures.size > 0) {
    const [first] = [...failures.entries()].sort((a, b) => b[1] - a[1]);
    console.warn(`  ${failed} answers failed their check, e.g. ${first?.[1]}× ${first?.[0]}`);
  }
  const answered = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  return {
    connections: options.connections,
    seconds: round(result.duration, 1),
    requests: answered,
    perSecond: round(answered / result.duration, 0),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    failedChecks: failed,
    checkedShare: answered === 0 ? 0 : round(checked / answered, 3),
  };
}
