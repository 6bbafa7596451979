import { addDays, type TenantId } from '@lavterskel/kernel';
import type { IsoDate } from '../shared/calendar';

/** How soon the receiver must answer; sets the default due date. */
export const REFERRAL_URGENCIES = ['routine', 'urgent', 'emergency'] as const;
export type ReferralUrgency = (typeof REFERRAL_URGENCIES)[number];

/** Days from sending to the default due date, by urgency. */
export const DAYS_TO_ANSWER: Record<ReferralUrgency, number> = {
  routine: 28,
  urgent: 7,
  emergency: 1,
};

export const REFERRAL_STATUSES = [
  'sent',
  'information-requested',
  'resubmitted',
  'accepted',
  'rejected',
  'withdrawn',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** The statuses in which the receiver has yet to answer. */
export const AWAITING_ANSWER: readonly ReferralStatus[] = ['sent', 'resubmitted'];
/** The statuses in which the sender may still withdraw. */
export const OPEN_STATUSES: readonly ReferralStatus[] = [
  'sent',
  'information-requested',
  'resubmitted',
];

/** One end of a referral: a service of the municipality or a partner organisation (SV-9). */
export type ReferralParty =
  { kind: 'service'; serviceId: string } | { kind: 'partner'; partnerId: string };

/** A legal basis the sender relies on where no consent permits (the consent library's codes). */
export interface ReferralLegalBasis {
  code: string;
  justification: string;
}

/**
 * A client referred from one service or organisation to another, with the information
 * categories shared with the receiver. Refused as a whole unless every category may be shared.
 */
export interface Referral {
  id: string;
  tenantId: TenantId;
  clientId: string;
  from: ReferralParty;
  to: ReferralParty;
  reason: string;
  urgency: ReferralUrgency;
  /** Information categories shared with the receiver (consent vocabulary codes). */
  categories: string[];
  /** Why the information is shared (consent vocabulary purpose code). */
  purpose: string;
  legalBasis: ReferralLegalBasis | null;
  dueOn: IsoDate;
  status: ReferralStatus;
  /** The last step's words: the rejection reason, the question or the sender's answer. */
  statusNote: string | null;
  /** The enrolment the acceptance created, if any. */
  enrolmentId: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** One step in a referral's life, kept forever (append-only). */
export interface ReferralStatusChange {
  referralId: string;
  tenantId: TenantId;
  /** The referral's version this step produced (1 = sent). */
  version: number;
  status: ReferralStatus;
  note: string | null;
  changedBy: string;
  changedAt: Date;
}

export function defaultDueOn(urgency: ReferralUrgency, today: IsoDate): IsoDate {
  return addDays(today, DAYS_TO_ANSWER[urgency]);
}

export function isReferralUrgency(value: string): value is ReferralUrgency {
  return (REFERRAL_URGENCIES as readonly string[]).includes(value);
}

export function isReferralStatus(value: string): value is ReferralStatus {
  return (REFERRAL_STATUSES as readonly string[]).includes(value);
}

/** The party's service id, if it is a service. */
export function serviceOf(party: ReferralParty): string | null {
  return party.kind === 'service' ? party.serviceId : null;
}

export function sameParty(a: ReferralParty, b: ReferralParty): boolean {
  return a.kind === 'service'
    ? b.kind === 'service' && a.serviceId === b.serviceId
    : b.kind === 'partner' && a.partnerId === b.partnerId;
}
