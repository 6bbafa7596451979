import { isOrganisationNumber, type FieldViolation, type TenantId } from '@lavterskel/kernel';
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
