import { KernelErrorCode, staleVersion } from '@lavterskel/kernel';
import { AmendConsent } from './amend-consent.use-case';
import type { ConsentTermsInput } from './consent';
import { ConsentErrorCode } from './consent-error';
import { ExportFhirConsent } from './export-fhir-consent.use-case';
import { GetConsent } from './get-consent.use-case';
import { GrantConsent } from './grant-consent.use-case';
import { ListClientConsents } from './list-client-consents.use-case';
import { ListConsentVersions } from './list-consent-versions.use-case';
import {
  inMemoryConsentDependencies,
  NOW,
  OSLO,
  SKIEN,
  staffActor,
} from './testing/consent-test-kit';
import { InMemoryClientRoster } from './testing/in-memory-client-roster';
import { WithdrawConsent } from './withdraw-consent.use-case';

const clientId = '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11';
const terms: ConsentTermsInput = {
  categories: ['contact-details'],
  purposes: ['crisis-contact'],
  recipients: [{ type: 'organisation', organisationNumber: '889640782', name: 'NAV' }],
  validFrom: new Date(NOW),
  validTo: null,
  method: 'oral',
};
const nurse = staffActor();
const officer = staffActor({ subject: 'officer-kari', roles: ['privacy-officer'] });

function setUp() {
  const kit = inMemoryConsentDependencies();
  kit.careRelations.relate(nurse, clientId);
  kit.roster.add(SKIEN, clientId);
  return kit;
}

describe('consent use cases', () => {
  it('grants version 1 and audits it; refuses invalid terms before touching anything', async () => {
    const kit = setUp();
    const consent = await new GrantConsent(kit.deps).execute({ actor: nurse, clientId, terms });
    expect(kit.consents.rows).toEqual([consent]);
    expect(kit.auditEntries).toEqual([
      expect.objectContaining({ action: 'create', resourceId: consent.id, clientId }),
    ]);

    await expect(
      new GrantConsent(kit.deps).execute({
        actor: nurse,
        clientId,
        terms: { ...terms, purposes: ['gossip'] },
      }),
    ).rejects.toMatchObject({
      code: ConsentErrorCode.InvalidInput,
    });
    await expect(
      new GrantConsent(kit.deps).execute({ actor: nurse, clientId: 'client-7', terms }),
    ).rejects.toMatchObject({
      code: KernelErrorCode.InvalidId,
    });
    expect(kit.consents.rows).toHaveLength(1);
    expect(kit.auditEntries).toHaveLength(1);
  });

  it('refuses a client outside the actor’s care as not found, and records nothing', async () => {
    const kit = setUp();
    await expect(
      new GrantConsent(kit.deps).execute({
        actor: staffActor({ subject: 'nurse-ola' }),
        clientId,
        terms,
      }),
    ).rejects.toMatchObject({
      code: KernelErrorCode.NotFound,
    });
    expect(kit.consents.rows).toEqual([]);
  });

  it('refuses a client id the roster does not know, even with a care relation or a break-glass reason', async () => {
    const kit = inMemoryConsentDependencies();
    kit.careRelations.relate(nurse, clientId);
    await expect(
      new GrantConsent(kit.deps).execute({
        actor: nurse,
        clientId,
        terms,
        breakGlassReason: 'Client says they are registered here',
      }),
    ).rejects.toMatchObject({ code: KernelErrorCode.NotFound, message: 'No client with this id.' });
    expect(kit.consents.rows).toEqual([]);
    expect(kit.auditEntries).toEqual([]);
  });

  it('amends only the version the caller read', async () => {
    const kit = setUp();
    const granted = await new GrantConsent(kit.deps).execute({ actor: nurse, clientId, terms });
    const amend = new AmendConsent(kit.deps);
    await expect(
      amend.execute({ actor: nurse, consentId: granted.id, expectedVersion: 3, terms }),
    ).rejects.toEqual(staleVersion());
    const amended = await amend.execute({
      actor: nurse,
      consentId: granted.id,
      expectedVersion: 1,
      terms: { ...terms, method: 'written' },
    });
    expect(amended).toMatchObject({ version: 2, change: 'amended', method: 'written' });
    expect(kit.consents.rows.map((row) => row.version)).toEqual([1, 2]);
  });

  it('calls a consent of another municipality, or out of reach, "consent" not found', async () => {
    const kit = setUp();
    const granted = await new GrantConsent(kit.deps).execute({ actor: nurse, clientId, terms });
    for (const actor of [staffActor({ tenantId: OSLO }), staffActor({ subject: 'nurse-ola' })]) {
      await expect(
        new GetConsent(kit.deps).execute({ actor, consentId: granted.id }),
      ).rejects.toMatchObject({
        code: KernelErrorCode.NotFound,
        message: 'No consent with this id.',
      });
    }
  });

  it('lets a privacy officer read and withdraw a consent of a client on the roster', async () => {
    const kit = setUp();
    const granted = await new GrantConsent(kit.deps).execute({ actor: nurse, clientId, terms });
    const withoutTheClient = { ...kit.deps, roster: new InMemoryClientRoster() };
    await expect(
      new GetConsent(withoutTheClient).execute({ actor: officer, consentId: granted.id }),
    ).rejects.toMatchObject({ code: KernelErrorCode.NotFound });
    await expect(
      new GetConsent(kit.deps).execute({ actor: officer, consentId: granted.id }),
    ).resolves.toEqual(granted);
    const withdrawn = await new WithdrawConsent(kit.deps).execute({
      actor: officer,
      consentId: granted.id,
      method: 'written',
    });
    expect(withdrawn).toMatchObject({
      version: 2,
      status: 'withdrawn',
      recordedBy: 'officer-kari',
    });
  });

  it('reads versions, lists and exports, auditing each read', async () => {
    const kit = setUp();
    const granted = await new GrantConsent(kit.deps).execute({ actor: nurse, clientId, terms });
    await new WithdrawConsent(kit.deps).execute({
      actor: nurse,
      consentId: granted.id,
      method: 'oral',
    });
    expect(
      (
        await new ListConsentVersions(kit.deps).execute({ actor: nurse, consentId: granted.id })
      ).map((v) => v.status),
    ).toEqual(['active', 'withdrawn']);
    expect(
      (await new ListClientConsents(kit.deps).execute({ actor: nurse, clientId, page: {} })).items,
    ).toEqual([expect.objectContaining({ id: granted.id, version: 2 })]);
    expect(
      await new ExportFhirConsent(kit.deps).execute({ actor: nurse, consentId: granted.id }),
    ).toMatchObject({ resourceType: 'Consent', status: 'inactive' });
    expect(kit.auditEntries.map((entry) => entry.action)).toEqual([
      'create',
      'update',
      'read',
      'search',
      'export',
    ]);
  });
});
