import { etagOf } from '@lavterskel/kernel';

/** The part of the platform's response the controllers use (`@Res({ passthrough: true })`). */
export interface HttpResponse {
  setHeader(name: string, value: string): void;
}

/** Sets the `ETag` of a record at `version`, for the caller's next `If-Match`. */
export function sendVersion(response: HttpResponse, version: number): void {
  response.setHeader('ETag', etagOf(version));
}
