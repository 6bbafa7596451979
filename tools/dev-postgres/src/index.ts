export { createDatabaseIfMissing, databaseExists, dropDatabase, withClient, withDatabase } from './admin';
export { freePort } from './free-port';
export { createTestDatabase, serverUrl, type TestDatabase, type TestDatabaseOptions } from './test-database';
