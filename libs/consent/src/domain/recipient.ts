import { isOrganisationNumber, isUuid, type FieldViolation } from '@lavterskel/kernel';

export type RecipientType = 'organisation' | 'role' | 'person';

/**
 * Who information goes to: a whole organisation, one role in an organisation (e.g. the LAR
 * doctor at the DPS), or a named person such as a relative. Organisations are identified by
 * organisation number, persons by an id (e.g. the relative's id in the client registry);
 * names are for people to read and never decide anything.
 */
export type Recipient =
  | { readonly type: 'organisation'; readonly organisationNumber: string; readonly name?: string }
  | {
      readonly type: 'role';
      readonly organisationNumber: string;
      readonly role: string;
      readonly name?: string;
    }
  | {
      readonly type: 'person';
      readonly personId: string;
      readonly name?: string;
      readonly relationship?: string;
    };

/** A recipient as it arrives from outside, before its fields are checked against its type. */
export interface RecipientInput {
  type: RecipientType;
  organisationNumber?: string;
  role?: string;
  personId?: string;
  name?: string;
  relationship?: string;
}

export const RECIPIENT_TYPES: readonly RecipientType[] = ['organisation', 'role', 'person'];
const ROLE_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const FIELDS_OF: Record<RecipientType, readonly (keyof RecipientInput)[]> = {
  organisation: ['organisationNumber', 'name'],
  role: ['organisationNumber', 'role', 'name'],
  person: ['personId', 'name', 'relationship'],
};

/** Does consent to share with `granted` cover sharing with `asked`? An organisation covers its roles. */
export function recipientCovers(granted: Recipient, asked: Recipient): boolean {
  switch (granted.type) {
    case 'organisation':
      return asked.type !== 'person' && asked.organisationNumber === granted.organisationNumber;
    case 'role':
      return (
        asked.type === 'role' &&
        asked.organisationNumber === granted.organisationNumber &&
        asked.role === granted.role
      );
    case 'person':
      return asked.type === 'person' && asked.personId === granted.personId;
  }
}

/**
 * The recipient `input` describes, or the rules it breaks (under `field`). `nameRequired`:
 * a consent must name its recipients so the client can read who they are.
 */
export function parseRecipient(
  input: RecipientInput,
  options: { field: string; nameRequired: boolean },
): { recipient?: Recipient; violations: FieldViolation[] } {
  const { field } = options;
  const violations: FieldViolation[] = [];
  const violation = (name: string, rule: string, message: string) =>
    violations.push({ field: `${field}.${name}`, rule, message });
  if (!RECIPIENT_TYPES.includes(input.type)) {
    return {
      violations: [
        {
          field: `${field}.type`,
          rule: 'recipient-type',
          message: `must be one of ${RECIPIENT_TYPES.join(', ')}`,
        },
      ],
    };
  }
  const allowed = FIELDS_OF[input.type];
  for (const name of ['organisationNumber', 'role', 'personId', 'relationship'] as const) {
    if (input[name] !== undefined && !allowed.includes(name))
      violation(name, 'not-allowed', `is not used for a recipient of type ${input.type}`);
  }
  if (
    allowed.includes('organisationNumber') &&
    !isOrganisationNumber(input.organisationNumber ?? '')
  ) {
    violation(
      'organisationNumber',
      'organisation-number',
      'must be a valid 9-digit organisation number',
    );
  }
  if (input.type === 'role' && !ROLE_CODE.test(input.role ?? '')) {
    violation('role', 'role-code', 'must be a lower-case code such as "lar-doctor"');
  }
  if (input.type === 'person' && !isUuid(input.personId))
    violation('personId', 'uuid', 'must be a UUID');
  const name = input.name?.trim();
  if (options.nameRequired && !name)
    violation('name', 'required', 'must name the recipient, so the client can read who it is');
  if (violations.length > 0) return { violations };

  const named = name ? { name } : {};
  switch (input.type) {
    case 'organisation':
      return {
        recipient: {
          type: 'organisation',
          organisationNumber: input.organisationNumber ?? '',
          ...named,
        },
        violations,
      };
    case 'role':
      return {
        recipient: {
          type: 'role',
          organisationNumber: input.organisationNumber ?? '',
          role: input.role ?? '',
          ...named,
        },
        violations,
      };
    case 'person': {
      const relationship = input.relationship?.trim();
      return {
        recipient: {
          type: 'person',
          personId: (input.personId ?? '').toLowerCase(),
          ...named,
          ...(relationship ? { relationship } : {}),
        },
        violations,
      };
    }
  }
}
