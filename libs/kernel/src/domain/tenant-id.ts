import type { Brand } from './brand';
import { KernelError, KernelErrorCode } from './kernel-error';

/** A municipality's 4-digit kommunenummer, e.g. `4003` (Skien). Every record belongs to one. */
export type TenantId = Brand<string, 'TenantId'>;

const KOMMUNENUMMER = /^\d{4}$/;

export function isTenantId(value: unknown): value is TenantId {
  return typeof value === 'string' && KOMMUNENUMMER.test(value) && value !== '0000';
}

export function parseTenantId(value: unknown, field = 'tenantId'): TenantId {
  if (!isTenantId(value)) {
    throw new KernelError(KernelErrorCode.InvalidTenant, 'A tenant is a 4-digit kommunenummer.', [
      { field, rule: 'kommunenummer', message: 'must be a 4-digit kommunenummer such as "4003"' },
    ]);
  }
  return value;
}
