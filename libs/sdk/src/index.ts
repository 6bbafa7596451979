export {
  bearerAuth,
  createLavterskelClient,
  type LavterskelClient,
  type LavterskelClientOptions,
  type TokenSource,
} from './client';
export type { components, operations, paths } from './generated/lavterskel-api';
