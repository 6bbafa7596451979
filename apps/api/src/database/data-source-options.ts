import type { DataSourceOptions } from 'typeorm';
import { libraries } from './libraries';

/**
 * The API's one DataSource: every library's entities and migrations; never synchronize.
 * `poolSize`: connections in its pool (pg's default of 10 when unset).
 */
export function dataSourceOptions(url: string, poolSize?: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    ...(poolSize === undefined ? {} : { poolSize }),
    applicationName: 'lavterskel-api',
    entities: libraries.flatMap((library) => library.entities),
    migrations: libraries.flatMap((library) => library.migrations),
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Migrations only. Failed queries reach the caller: expected ones (a unique violation that
    // a library turns into a 409) must not be logged as errors, and unexpected ones are logged
    // with the request id by the problem filter. Not 'warn' either: TypeORM warns when
    // PostgreSQL ends idle connections, which is every Ctrl-C (the embedded server gets the
    // terminal's SIGINT too).
    logging: ['migration'],
  };
}
