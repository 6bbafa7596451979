import type { EntitySchema, MigrationInterface } from 'typeorm';

export type EntityClass = new (...args: never[]) => object;

/**
 * What a library contributes to a DataSource. Each library exports one
 * (`clientsPersistence`, `consentPersistence` …); an application spreads their
 * `entities` and `migrations` into its own DataSource.
 */
export interface LibraryPersistence {
  /** The library's name, e.g. `consent`. */
  readonly name: string;
  /** The PostgreSQL schema the library owns. */
  readonly schema: string;
  readonly entities: readonly (EntityClass | EntitySchema)[];
  readonly migrations: readonly (new () => MigrationInterface)[];
}
