import type { FieldViolation } from '../../domain/domain-error';

/** RFC 9457 problem details, plus the stable `code` and the offending fields. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Stable, documented error code, e.g. `consent.validity-ends-before-start`. */
  code: string;
  /** Correlates the response with server logs. */
  requestId?: string;
  errors?: FieldViolation[];
  /** All violations, when `errors` lists only the first ones. */
  errorCount?: number;
  /** Extra non-personal facts, e.g. the allowed next states of an illegal transition. */
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types are URNs: stable identifiers, documented in the OpenAPI description. */
export function problemType(code: string): string {
  return `urn:lavterskel:problem:${code}`;
}
