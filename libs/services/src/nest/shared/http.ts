/** The part of the HTTP response a controller touches (no dependency on express types). */
export interface HeaderResponse {
  setHeader(name: string, value: string): void;
}
