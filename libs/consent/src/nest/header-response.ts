/** The part of an HTTP response a controller writes headers to. */
export interface HeaderResponse {
  setHeader(name: string, value: string): void;
}
