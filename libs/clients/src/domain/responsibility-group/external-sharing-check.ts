import type { Actor } from '@lavterskel/kernel';

/** "May the group's categories go to this organisation for coordinating the client's care?" */
export interface ExternalSharingRequest {
  readonly actor: Actor;
  readonly clientId: string;
  readonly organisationNumber: string;
  readonly organisationName: string;
  readonly category: string;
  readonly purpose: string;
}

export type ExternalSharingAnswer =
  | { readonly kind: 'decided'; readonly decisionId: string; readonly permitted: boolean }
  /** The consent vocabulary has no such category code. */
  | { readonly kind: 'unknown-category' };

/** "The group's `category` was shared with this organisation at the meeting held on `meetingDay`." */
export interface ExternalDisclosureRequest {
  readonly actor: Actor;
  /** The permitting decision asked for the member and category when the minutes were recorded. */
  readonly decisionId: string;
  readonly category: string;
  readonly organisationName: string;
  /** Oslo day the meeting was held, `YYYY-MM-DD`. */
  readonly meetingDay: string;
}

/**
 * Port: the consent library's sharing decision (CO-2) and disclosure log (CO-3), filled by the
 * application's wiring. Each answer is a logged decision, so it is asked only when a membership
 * or the group's categories change, and when a meeting is recorded; never on a read.
 */
export interface ExternalSharingCheck {
  /** Null when no consent library is configured: nothing is decided. */
  decide(request: ExternalSharingRequest): Promise<ExternalSharingAnswer | null>;
  /** Logs one share, on a permitting decision this actor was given, in the caller's transaction. */
  recordDisclosure(request: ExternalDisclosureRequest): Promise<void>;
}

/**
 * The library used alone: no consent library, so every external member is "not yet consented"
 * and, nothing having been permitted, no disclosure is recorded.
 */
export const noExternalSharingCheck: ExternalSharingCheck = {
  decide: async () => null,
  recordDisclosure: async () => undefined,
};
