import {
  decodeCursor,
  encodeCursor,
  pageLimit,
  type Page,
  type PageRequest,
} from '@lavterskel/kernel';

/** Keyset paging over an in-memory list, like keysetPage: `key` must be unique and sort as wanted. */
export function inMemoryPage<T>(
  rows: readonly T[],
  key: (row: T) => string,
  request: PageRequest,
): Page<T> {
  const limit = pageLimit(request);
  const sorted = [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  const after = request.cursor ? String(decodeCursor(request.cursor, 1)[0]) : undefined;
  const rest = after === undefined ? sorted : sorted.filter((row) => key(row) > after);
  const items = rest.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rest.length > limit && last ? encodeCursor([key(last)]) : null };
}
