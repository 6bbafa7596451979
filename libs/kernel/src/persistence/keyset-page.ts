import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  decodeCursor,
  encodeCursor,
  pageLimit,
  type Page,
  type PageRequest,
} from '../domain/pagination';
import type { CursorPartKind } from '../domain/cursor-key';
import { keysetCursorKinds } from './keyset-cursor-kinds';

export interface KeysetOrder<Row> {
  /** SQL expressions of the sort key, most significant first, e.g. `['e.occurred_at', 'e.id']`. Must be unique together. */
  columns: readonly string[];
  /** Reads the same key from a loaded row, to build the next cursor. */
  key: (row: Row) => readonly (string | number)[];
  direction: 'ASC' | 'DESC';
  /** Kind of each column, for expressions the entity metadata cannot tell (e.g. a CASE). */
  kinds?: readonly CursorPartKind[];
}

/**
 * Cursor pagination on a query builder: orders by the key, continues after the
 * cursor with one row-value comparison (index-friendly), fetches one extra row to
 * know whether a next page exists.
 */
export async function keysetPage<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  order: KeysetOrder<Row>,
  request: PageRequest,
): Promise<Page<Row>> {
  const limit = pageLimit(request);
  const { columns, direction } = order;
  // Resolved on every call, not only with a cursor, so a list whose kinds are unknown fails its first test.
  const kinds = order.kinds ?? keysetCursorKinds(query, columns);
  if (request.cursor) {
    const after = decodeCursor(request.cursor, kinds);
    const params = Object.fromEntries(after.map((value, i) => [`keyset_${i}`, value]));
    const placeholders = after.map((_, i) => `:keyset_${i}`).join(', ');
    const comparison = direction === 'DESC' ? '<' : '>';
    query.andWhere(`(${columns.join(', ')}) ${comparison} (${placeholders})`, params);
  }
  columns.forEach((column, i) =>
    i === 0 ? query.orderBy(column, direction) : query.addOrderBy(column, direction),
  );
  const rows = await query.limit(limit + 1).getMany();
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor(order.key(last)) : null,
  };
}
