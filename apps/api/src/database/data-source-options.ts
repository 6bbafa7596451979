import type { DataSourceOptions } from 'typeorm';
import { libraries } from './libraries';

/** The API's one DataSource: every library's entities and migrations; never synchronize. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    applicationName: 'lavterskel-api',
    entities: libraries.flatMap((library) => library.entities),
    migrations: libraries.flatMap((library) => library.migrations),
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Not 'warn': TypeORM warns when PostgreSQL ends idle connections, which is every Ctrl-C
    // (the embedded server gets the terminal's SIGINT too); real failures surface as errors.
    logging: ['error', 'migration'],
  };
}
