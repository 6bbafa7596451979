import type { Page } from '@lavterskel/kernel';

/** A domain page as a response body. */
export function pageBody<T, Dto>(
  page: Page<T>,
  toDto: (item: T) => Dto,
): { items: Dto[]; nextCursor: string | null } {
  return { items: page.items.map(toDto), nextCursor: page.nextCursor };
}
