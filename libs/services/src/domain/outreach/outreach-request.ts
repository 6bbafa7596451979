import type { TenantId } from '@lavterskel/kernel';

/** How an ambulant request reached the team. */
export const REQUEST_CHANNELS = ['phone', 'text-message', 'partner', 'in-person'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

export const REQUEST_STATUSES = ['open', 'assigned', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** A call or message asking the ambulant team to come out (SV-6). */
export interface OutreachRequest {
  id: string;
  tenantId: TenantId;
  serviceId: string;
  /** `null` when the person is not (yet) a known client. */
  clientId: string | null;
  channel: RequestChannel;
  receivedAt: Date;
  /** Where to come: an address or a description. */
  location: string;
  need: string;
  status: RequestStatus;
  createdBy: string;
}
