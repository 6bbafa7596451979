/** Who the person is to the client (CL-9). */
export const RELATIONSHIPS = [
  'mother',
  'father',
  'parent',
  'sibling',
  'partner',
  'child',
  'other-relative',
  'friend',
  'neighbour',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/**
 * What the person may be asked to do. `trusted-person` is the client's chosen confidant;
 * `contact-tracing` is the trusted person who helps trace contacts in an outbreak.
 */
export const RELATIVE_ROLES = [
  'next-of-kin',
  'emergency-contact',
  'trusted-person',
  'contact-tracing',
] as const;
export type RelativeRole = (typeof RELATIVE_ROLES)[number];

export interface RelativeDetails {
  readonly name: string;
  readonly relationship: Relationship;
  readonly roles: readonly RelativeRole[];
  readonly phone: string | null;
  readonly email: string | null;
  readonly note: string | null;
}

/** A relative or trusted person (pårørende) of a client. */
export interface Relative extends RelativeDetails {
  readonly id: string;
  readonly clientId: string;
  readonly version: number;
  readonly updatedBy: string;
  readonly updatedAt: Date;
}
