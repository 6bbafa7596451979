import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

export interface PageBody<T> {
  items: T[];
  nextCursor: string | null;
}

/** An OpenAPI-described page class for `item`, e.g. `class AuditEventPageDto extends PageOf(AuditEventDto) {}`. */
export function PageOf<T>(item: Type<T>): Type<PageBody<T>> {
  class Page implements PageBody<T> {
    @ApiProperty({ type: [item], description: 'This page of the list, in the list’s order.' })
    items!: T[];

    @ApiProperty({
      type: String,
      nullable: true,
      description: 'Pass as `cursor` to get the next page; null on the last page.',
      example: null,
    })
    nextCursor!: string | null;
  }
  return Page;
}
