import {
  decodeCursor,
  encodeCursor,
  pageLimit,
  type Page,
  type PageRequest,
} from '@lavterskel/kernel';

/** A page of `items` (already in list order), with an offset cursor: good enough for fakes. */
export function pageOf<T>(items: readonly T[], request: PageRequest): Page<T> {
  const start = request.cursor ? Number(decodeCursor(request.cursor, 1)[0]) : 0;
  const end = start + pageLimit(request);
  return {
    items: items.slice(start, end),
    nextCursor: end < items.length ? encodeCursor([end]) : null,
  };
}
