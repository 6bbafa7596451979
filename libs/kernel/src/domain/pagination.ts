import { isCursorPart, type CursorPartKind } from './cursor-key';
import { KernelError, KernelErrorCode } from './kernel-error';

export const DEFAULT_PAGE_LIMIT = 20;
export const MAX_PAGE_LIMIT = 100;

export interface PageRequest {
  limit?: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; `null` on the last page. */
  nextCursor: string | null;
}

export function pageLimit(request: PageRequest): number {
  const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
  return Math.min(Math.max(Math.trunc(limit), 1), MAX_PAGE_LIMIT);
}

/** Keyset cursors carry the sort key of the last row seen, never an offset. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * The sort key in `cursor`. `shape` is the number of parts, or better the kind of each part
 * (what `keysetPage` passes), so that a forged cursor is a 400 and never reaches SQL.
 */
export function decodeCursor(
  cursor: string,
  shape: number | readonly CursorPartKind[],
): (string | number)[] {
  const arity = typeof shape === 'number' ? shape : shape.length;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((part) => typeof part === 'string' || typeof part === 'number') &&
      (typeof shape === 'number' || key.every((part, i) => isCursorPart(part, shape[i] ?? 'text')))
    ) {
      return key as (string | number)[];
    }
  } catch {
    // fall through: any undecodable cursor is the caller's error
  }
  throw new KernelError(KernelErrorCode.InvalidCursor, 'The cursor is not one this list issued.', [
    { field: 'cursor', rule: 'cursor', message: 'must be a nextCursor returned by this list' },
  ]);
}
