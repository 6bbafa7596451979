import {
  decodeCursor,
  encodeCursor,
  pageLimit,
  type Page,
  type PageRequest,
} from '@lavterskel/kernel';

/** Cursor pagination over an already sorted list, for the in-memory fakes: the cursor is the last item's id. */
export function memoryPage<T extends { id: string }>(
  sorted: readonly T[],
  request: PageRequest,
): Page<T> {
  const limit = pageLimit(request);
  const after = request.cursor ? String(decodeCursor(request.cursor, 1)[0]) : undefined;
  const start = after === undefined ? 0 : sorted.findIndex((item) => item.id === after) + 1;
  const items = sorted.slice(start, start + limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: start + limit < sorted.length && last ? encodeCursor([last.id]) : null,
  };
}
