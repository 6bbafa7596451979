/**
 * The typed SDK end to end: registers a pseudonymous client, records the client's written consent
 * to share the LAR status with NAV Skien and the LAR doctor, and asks two sharing decisions.
 *
 *   LAVTERSKEL_TOKEN=$(npm run -s token -- --tenant 4003 --role staff) npm run sdk:example
 *
 * LAVTERSKEL_API_URL defaults to http://localhost:3000 (`npm start`).
 */
// eslint-disable-next-line @nx/enforce-module-boundaries -- an example imports the package as its users do
import { createLavterskelClient, type components } from '@lavterskel/sdk';

type Schemas = components['schemas'];
type Recipient =
  Schemas['OrganisationRecipientDto'] | Schemas['RoleRecipientDto'] | Schemas['PersonRecipientDto'];
type Problem = Schemas['ProblemDetailsDto'];

// The three kinds of recipient: an organisation, a role in one, or a named person.
const NAV_SKIEN: Recipient = {
  type: 'organisation',
  organisationNumber: '889640782',
  name: 'NAV Skien',
};
const LAR_DOCTOR: Recipient = {
  type: 'role',
  organisationNumber: '983971636',
  role: 'lar-doctor',
  name: 'LAR doctor, DPS',
};
const NAV_CASE_WORKER: Recipient = {
  type: 'role',
  organisationNumber: NAV_SKIEN.organisationNumber,
  role: 'case-worker',
};
const MOTHER: Recipient = {
  type: 'person',
  personId: '0f9a3c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
  name: 'Kari Nordmann',
  relationship: 'mother',
};

/** The body of a call that succeeded, or an error that carries the API's problem. */
function created<T>(what: string, result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined || result.response.status !== 201) {
    const problem = result.error as Problem | undefined;
    throw new Error(
      `${what}: ${result.response.status} ${problem?.code ?? ''} ${problem?.detail ?? problem?.title ?? ''}`.trim(),
    );
  }
  console.log(`${result.response.status} ${what}`);
  return result.data;
}

async function main(): Promise<void> {
  const token = process.env['LAVTERSKEL_TOKEN'];
  if (!token)
    throw new Error('set LAVTERSKEL_TOKEN (npm run -s token -- --tenant 4003 --role staff)');
  const api = createLavterskelClient({
    baseUrl: process.env['LAVTERSKEL_API_URL'] || 'http://localhost:3000',
    token,
  });

  // Pseudonymous: no national id, so the example can run again on the same data. The caller
  // becomes the client's primary contact, which is what lets them record the consent.
  const client = created(
    'registered client',
    await api.POST('/v1/clients', {
      body: {
        alias: 'Fjellreven',
        birthYear: 1988,
        contactChannels: [{ kind: 'meeting-place', value: 'Bybrua' }],
      },
    }),
  );
  console.log(`  id ${client.id}`);

  const startOfToday = `${new Date().toISOString().slice(0, 10)}T00:00:00Z`;
  const consent = created(
    'recorded consent',
    await api.POST('/v1/consents', {
      body: {
        clientId: client.id,
        categories: ['lar-status'],
        purposes: ['treatment-coordination'],
        recipients: [NAV_SKIEN, LAR_DOCTOR],
        validFrom: startOfToday,
        method: 'written',
      },
    }),
  );
  console.log(`  id ${consent.id}, version ${consent.version}`);

  // Consent to an organisation covers its roles; the client's mother is not named.
  for (const [label, recipient] of [
    ['a NAV case worker', NAV_CASE_WORKER],
    ['the mother', MOTHER],
  ] as const) {
    const decision = created(
      `sharing decision for ${label}`,
      await api.POST('/v1/sharing-decisions', {
        body: {
          clientId: client.id,
          category: 'lar-status',
          purpose: 'treatment-coordination',
          recipient,
        },
      }),
    );
    console.log(
      `  ${decision.outcome}: ${decision.reasons.map((reason) => reason.code).join(', ')}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
