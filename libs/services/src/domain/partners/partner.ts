import type { FieldViolation, TenantId } from '@lavterskel/kernel';
import { notBlank, violation } from '../shared/validation';

/** Organisations the services work with (SV-7). */
export const PARTNER_KINDS = [
  'ngo',
  'dps',
  'tsb',
  'nav',
  'pharmacy',
  'gp',
  'housing',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export interface Partner {
  id: string;
  tenantId: TenantId;
  name: string;
  kind: PartnerKind;
  /** The 9-digit number in Enhetsregisteret, when known. */
  organisationNumber: string | null;
  phone: string | null;
  email: string | null;
  createdAt: Date;
}

export type PartnerDetails = Pick<
  Partner,
  'name' | 'kind' | 'organisationNumber' | 'phone' | 'email'
>;

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** A Norwegian organisation number: 9 digits, the last a mod-11 check digit. */
export function isOrganisationNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  const check = 11 - (sum % 11);
  return (check === 11 ? 0 : check) === Number(value[8]);
}

export function partnerViolations(details: PartnerDetails): FieldViolation[] {
  return [
    notBlank(details.name, 'name'),
    !(PARTNER_KINDS as readonly string[]).includes(details.kind) &&
      violation('kind', 'one-of', `must be one of ${PARTNER_KINDS.join(', ')}`),
    details.organisationNumber !== null &&
      !isOrganisationNumber(details.organisationNumber) &&
      violation(
        'organisationNumber',
        'organisation-number',
        'must be 9 digits with a valid mod-11 check digit',
      ),
  ].filter((check): check is FieldViolation => Boolean(check));
}
