import type { Brand } from './brand';
import { KernelError, KernelErrorCode } from './kernel-error';

export type Uuid<B extends string = 'Uuid'> = Brand<string, B>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A new random (v4) id, typed as the caller's branded id. */
export function newId<B extends string>(): Uuid<B> {
  return globalThis.crypto.randomUUID() as Uuid<B>;
}

export function parseUuid<B extends string>(value: unknown, field: string): Uuid<B> {
  if (!isUuid(value)) {
    throw new KernelError(KernelErrorCode.InvalidId, `${field} must be a UUID.`, [
      { field, rule: 'uuid', message: 'must be a UUID' },
    ]);
  }
  return value.toLowerCase() as Uuid<B>;
}
