import type { TenantId } from '@lavterskel/kernel';

/** Where a partner organisation's system receives notices; every delivery is signed with `secret`. */
export interface WebhookEndpoint {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly partnerId: string;
  readonly url: string;
  /** Shared with the partner; never shown again after registration. */
  readonly secret: string;
  readonly active: boolean;
  readonly createdBy: string;
  readonly createdAt: Date;
}

/** At least this many characters: an HMAC key a partner cannot guess. */
export const MIN_SECRET_LENGTH = 24;
