import type { TenantId } from '@lavterskel/kernel';
import type { IsoDate } from '../shared/calendar';

/**
 * A meeting between a service and its partners about how they work together (SV-7). It is
 * about cooperation, not about named clients: a client's case goes to an escalation.
 */
export interface CooperationMeeting {
  id: string;
  tenantId: TenantId;
  serviceId: string;
  heldOn: IsoDate;
  partnerIds: string[];
  topic: string;
  summary: string;
  recordedBy: string;
  createdAt: Date;
}
