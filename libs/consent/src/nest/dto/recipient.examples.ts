/** Named request examples, as `@ApiBody({ examples })` takes them. */
type Examples = Record<string, { summary: string; value: unknown }>;

/** One valid recipient of each variant, for the request examples of consents and decisions. */
const RECIPIENTS = {
  organisation: { type: 'organisation', organisationNumber: '889640782', name: 'NAV Skien' },
  role: {
    type: 'role',
    organisationNumber: '974631407',
    role: 'lar-doctor',
    name: 'LAR-lege, DPS Skien',
  },
  person: {
    type: 'person',
    personId: '0f9a3c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
    name: 'Kari Nordmann',
    relationship: 'mother',
  },
} as const;

const SUMMARY = {
  organisation: 'To an organisation: anyone in it',
  role: 'To one role in an organisation',
  person: 'To a named person, such as a relative',
} as const;

const CLIENT_ID = '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11';

/** `POST /v1/consents`: one example per recipient variant. */
export const GRANT_CONSENT_EXAMPLES: Examples = Object.fromEntries(
  Object.entries(RECIPIENTS).map(([variant, recipient]) => [
    variant,
    {
      summary: SUMMARY[variant as keyof typeof RECIPIENTS],
      value: {
        clientId: CLIENT_ID,
        categories: ['contact-details', 'lar-status'],
        purposes: ['treatment-coordination', 'crisis-contact'],
        recipients: [recipient],
        validFrom: '2026-11-23T09:00:00+01:00',
        validTo: '2027-11-23T09:00:00+01:00',
        method: 'written',
      },
    },
  ]),
);

/** `POST /v1/sharing-decisions`: one example per recipient variant. */
export const DECIDE_SHARING_EXAMPLES: Examples = Object.fromEntries(
  Object.entries(RECIPIENTS).map(([variant, recipient]) => [
    variant,
    {
      summary: SUMMARY[variant as keyof typeof RECIPIENTS],
      value: {
        clientId: CLIENT_ID,
        category: 'lar-status',
        purpose: 'treatment-coordination',
        recipient,
      },
    },
  ]),
);
