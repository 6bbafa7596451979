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

/**
 * Port: the consent library's sharing decision (CO-2), filled by the application's wiring. Each
 * answer is a logged decision, so it is asked only when a membership or the group's categories
 * change, and when a meeting is recorded; never on a read.
 */
export interface ExternalSharingCheck {
  /** Null when no consent library is configured: nothing is decided. */
  decide(request: ExternalSharingRequest): Promise<ExternalSharingAnswer | null>;
}

/** The library used alone: no consent library, so every external member is "not yet consented". */
export const noExternalSharingCheck: ExternalSharingCheck = { decide: async () => null };
