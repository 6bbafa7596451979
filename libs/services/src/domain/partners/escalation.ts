import type { TenantId } from '@lavterskel/kernel';
import type { IsoDate } from '../shared/calendar';

export const ESCALATION_STATUSES = ['open', 'resolved'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

/** A client's case a service could not resolve, taken to the monthly cross-agency forum (SV-7). */
export interface Escalation {
  id: string;
  tenantId: TenantId;
  clientId: string;
  serviceId: string;
  /** The forum meeting the case goes to. */
  forumDate: IsoDate;
  /** Why the case is escalated, without more personal detail than the forum needs. */
  summary: string;
  status: EscalationStatus;
  outcome: string | null;
  decidedOn: IsoDate | null;
  createdBy: string;
  createdAt: Date;
  version: number;
}
