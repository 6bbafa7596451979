// A separate entry point: the embedded server is started outside jest's sandbox (global setup,
// npm start, scripts) and must not be pulled into test files through the main index.
export {
  EmbeddedPostgresError,
  startEmbeddedPostgres,
  type EmbeddedPostgresOptions,
  type EmbeddedPostgresProblem,
  type RunningPostgres,
} from './embedded-postgres';
