/** The part of the HTTP response a controller touches: headers (ETag, Location). */
export interface HeaderResponse {
  setHeader(name: string, value: string): void;
  status(code: number): unknown;
}
