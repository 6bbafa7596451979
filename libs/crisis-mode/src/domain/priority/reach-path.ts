import type { ClientFacts, ConsentedContact } from '../other-libraries';

/**
 * How a client can be reached in a crisis (CR-4), the first that works:
 * - `phone`: a phone is registered and no `no-phone` flag is set;
 * - `visit`: no phone, but a home visit can find them (not homeless, a primary contact who
 *   knows them);
 * - `via`: a partner, service or trusted person whose consent lets them contact the client
 *   (CO-4 crisis contactability);
 * - `no-path`: none of these, with the reasons.
 */
export const REACH_PATH_KINDS = ['phone', 'visit', 'via', 'no-path'] as const;
export type ReachPathKind = (typeof REACH_PATH_KINDS)[number];

export const NO_PATH_REASONS = [
  'no-phone',
  'no-known-address',
  'no-primary-contact',
  'no-crisis-consent',
] as const;
export type NoPathReason = (typeof NO_PATH_REASONS)[number];

const REASON_TEXT: Record<NoPathReason, string> = {
  'no-phone': 'no phone',
  'no-known-address': 'homeless, so no address for a home visit',
  'no-primary-contact': 'no primary contact to make a home visit',
  'no-crisis-consent': 'no consent lets a partner or trusted person contact them',
};

export interface ReachPath {
  readonly kind: ReachPathKind;
  /** Everyone whose consent lets them contact the client, also when another path comes first. */
  readonly via: readonly ConsentedContact[];
  /** A home visit must be made by two staff (violence risk). */
  readonly twoStaffRequired: boolean;
  /** Why there is no path (`no-path` only; empty otherwise). */
  readonly noPathReasons: readonly NoPathReason[];
  /** The reasons in words, for the coordinator; `null` unless `no-path`. */
  readonly reason: string | null;
}

export function reachPath(facts: ClientFacts, via: readonly ConsentedContact[]): ReachPath {
  const homeless = facts.vulnerabilityFlags.includes('homeless');
  const hasPrimary = facts.primaryContact.trim() !== '';
  const base = {
    via,
    twoStaffRequired: facts.vulnerabilityFlags.includes('violence-risk'),
    noPathReasons: [],
    reason: null,
  };
  if (facts.reachableByPhone) return { ...base, kind: 'phone' };
  if (!homeless && hasPrimary) return { ...base, kind: 'visit' };
  if (via.length > 0) return { ...base, kind: 'via' };
  const reasons: NoPathReason[] = [
    'no-phone',
    homeless ? 'no-known-address' : 'no-primary-contact',
    'no-crisis-consent',
  ];
  const words = reasons.map((reason) => REASON_TEXT[reason]).join('; ');
  return {
    ...base,
    kind: 'no-path',
    noPathReasons: reasons,
    reason: words.charAt(0).toUpperCase() + words.slice(1) + '.',
  };
}
