/**
 * The responsibility group (ansvarsgruppe): the people around a client with long-term,
 * coordinated services who meet to plan and follow up together. Staff (one of them the
 * coordinator), external professionals by organisation, relatives or trusted persons, and the
 * client themself, each for a period. The group names the information categories it discusses;
 * an external member is checked against the client's consents for them (see member-consent.ts).
 */
export const MEMBER_KINDS = ['staff', 'external', 'relative', 'client'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/** The external services a group typically has: GP, DPS/TSB, NAV, child welfare, housing. */
export const ORGANISATION_KINDS = [
  'gp',
  'dps',
  'tsb',
  'nav',
  'child-welfare',
  'housing',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const CONSENT_STATUSES = ['permitted', 'not-yet-consented'] as const;
export type MemberConsentStatus = (typeof CONSENT_STATUSES)[number];

/** One sharing decision asked for an external member: for one category of the group. */
export interface CategoryDecision {
  readonly category: string;
  /** The consent library's logged decision. */
  readonly decisionId: string;
  readonly permitted: boolean;
}

/**
 * Whether the client's consents let the group's categories go to an external member's
 * organisation, as decided when the membership (or the group's categories) last changed, or at
 * the last meeting recorded. Permitted only when every category is.
 */
export interface MemberConsent {
  readonly status: MemberConsentStatus;
  readonly checkedAt: Date;
  /** Empty when nothing could be asked (no organisation number, or no consent library). */
  readonly decisions: readonly CategoryDecision[];
}

export interface ExternalOrganisation {
  readonly kind: OrganisationKind;
  readonly name: string;
  /** Nine digits, the Enhetsregisteret number; the consent library identifies recipients by it. */
  readonly organisationNumber: string | null;
}

interface MemberBase {
  readonly id: string;
  /** Oslo days, `YYYY-MM-DD`; `validTo` open while the member is in the group. */
  readonly validFrom: string;
  readonly validTo: string | null;
}

export interface StaffMember extends MemberBase {
  readonly kind: 'staff';
  /** The staff member's token subject. */
  readonly subject: string;
  readonly name: string;
  readonly coordinator: boolean;
}

export interface ExternalMember extends MemberBase {
  readonly kind: 'external';
  readonly organisation: ExternalOrganisation;
  /** The professional's name, e.g. the GP. */
  readonly name: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly consent: MemberConsent;
}

export interface RelativeMember extends MemberBase {
  readonly kind: 'relative';
  /** The client's relative or trusted person in the client registry (CL-9). */
  readonly relativeId: string;
  /** Copied from the relative when the membership was written. */
  readonly name: string;
}

export interface ClientMember extends MemberBase {
  readonly kind: 'client';
}

export type GroupMember = StaffMember | ExternalMember | RelativeMember | ClientMember;

export interface ResponsibilityGroup {
  readonly id: string;
  readonly clientId: string;
  /** Consent vocabulary category codes the group discusses (e.g. `health`, `attendance`). */
  readonly categories: readonly string[];
  readonly members: readonly GroupMember[];
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedBy: string;
  readonly updatedAt: Date;
}

/** The purpose asked of the consent library for a group's sharing with its externals. */
export const GROUP_SHARING_PURPOSE = 'treatment-coordination';

export const MAX_GROUP_MEMBERS = 30;
export const MAX_GROUP_CATEGORIES = 20;
export const MAX_MEMBER_TEXT_LENGTH = 200;

/** Is the member in the group on the Oslo day `day`? */
export function memberOn(member: MemberBase, day: string): boolean {
  return member.validFrom <= day && (member.validTo === null || member.validTo >= day);
}
