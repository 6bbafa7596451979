import { KernelErrorCode } from '@lavterskel/kernel';
import { ConsentErrorCode } from './consent-error';
import { ConsentSharingPolicy } from './consent-sharing-policy';
import { ListClientDisclosures } from './list-client-disclosures.use-case';
import { ListDecisionsForReview } from './list-decisions-for-review.use-case';
import { RequestSharingDecision } from './request-sharing-decision.use-case';
import { ReviewDecision } from './review-decision.use-case';
import { ConsentBuilder, LAR_DOCTOR_AT_DPS, MOTHER, NAV } from './testing/consent.builder';
import { inMemoryConsentDependencies, staffActor } from './testing/consent-test-kit';

const nurse = staffActor();
const colleague = staffActor({ subject: 'nurse-ola' });
const officer = staffActor({ subject: 'officer-kari', roles: ['privacy-officer'] });
const justification = 'Client unconscious at the shelter; the ambulance asks for the LAR dose';

function setUp() {
  const kit = inMemoryConsentDependencies();
  const consent = ConsentBuilder.create({
    categories: ['health'],
    purposes: ['treatment-coordination'],
    recipients: [NAV, LAR_DOCTOR_AT_DPS],
  });
  kit.consents.rows.push(consent);
  kit.careRelations.relate(nurse, consent.clientId);
  const ask = {
    actor: nurse,
    clientId: consent.clientId,
    category: 'lar-status',
    purpose: 'treatment-coordination',
    recipient: LAR_DOCTOR_AT_DPS,
  };
  return { ...kit, consent, ask, policy: new ConsentSharingPolicy(kit.deps) };
}

describe('SharingPolicy (the port other libraries use)', () => {
  it('decides on the current consents, logs the decision and audits it, without need-to-know of its own', async () => {
    const kit = setUp();
    const decision = await kit.policy.decide({ ...kit.ask, actor: colleague });
    expect(decision).toMatchObject({
      outcome: 'permit',
      basis: { kind: 'consent', consentId: kit.consent.id },
      decidedBy: 'nurse-ola',
    });
    expect(kit.decisions.rows).toEqual([decision]);
    expect(kit.auditEntries).toEqual([
      expect.objectContaining({
        action: 'read',
        resourceType: 'sharing-decision',
        resourceId: decision.id,
      }),
    ]);
  });

  it('sees a withdrawal at the very next decision', async () => {
    const kit = setUp();
    expect((await kit.policy.decide(kit.ask)).outcome).toBe('permit');
    kit.consents.rows.push({
      ...kit.consent,
      version: 2,
      status: 'withdrawn',
      change: 'withdrawn',
    });
    expect(await kit.policy.decide(kit.ask)).toMatchObject({
      outcome: 'deny',
      reasons: [{ code: 'withdrawn' }],
    });
  });

  it('records one disclosure per permitting decision, by the actor who asked', async () => {
    const kit = setUp();
    const decision = await kit.policy.decide(kit.ask);
    const disclosure = await kit.policy.recordDisclosure({
      actor: nurse,
      decisionId: decision.id,
      description: 'LAR dose, by phone',
    });
    expect(disclosure).toMatchObject({
      decisionId: decision.id,
      basis: decision.basis,
      recipient: LAR_DOCTOR_AT_DPS,
      disclosedBy: 'nurse-anne',
    });
    await expect(
      kit.policy.recordDisclosure({ actor: nurse, decisionId: decision.id, description: 'again' }),
    ).rejects.toMatchObject({
      code: ConsentErrorCode.DecisionAlreadyUsed,
    });
    await expect(
      kit.policy.recordDisclosure({
        actor: colleague,
        decisionId: decision.id,
        description: 'mine',
      }),
    ).rejects.toMatchObject({
      code: KernelErrorCode.NotFound,
    });
    const denied = await kit.policy.decide({ ...kit.ask, recipient: MOTHER });
    await expect(
      kit.policy.recordDisclosure({ actor: nurse, decisionId: denied.id, description: 'Told her' }),
    ).rejects.toMatchObject({
      code: ConsentErrorCode.DecisionDenied,
    });
    expect(kit.disclosures.rows).toEqual([disclosure]);
  });

  it('tells who may contact each client in a crisis, in the order asked', async () => {
    const kit = setUp();
    const crisisReady = ConsentBuilder.create({
      clientId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      purposes: ['crisis-contact'],
      recipients: [MOTHER],
    });
    kit.consents.rows.push(crisisReady);
    const contacts = await kit.policy.crisisContacts({
      actor: nurse,
      clientIds: [crisisReady.clientId, kit.consent.clientId],
    });
    expect(contacts).toEqual([
      {
        clientId: crisisReady.clientId,
        contactableBy: [
          { recipient: MOTHER, consentId: crisisReady.id, validTo: crisisReady.validTo },
        ],
      },
      { clientId: kit.consent.clientId, contactableBy: [] },
    ]);
    expect(kit.auditEntries).toEqual([
      expect.objectContaining({ action: 'search', reason: 'crisis contacts' }),
    ]);
  });
});

describe('RequestSharingDecision (HTTP)', () => {
  it('checks the whole question at once, before need-to-know and before logging anything', async () => {
    const kit = setUp();
    const request = new RequestSharingDecision(kit.deps);
    await expect(
      request.execute({
        ...kit.ask,
        category: 'shoe-size',
        recipient: { type: 'organisation', organisationNumber: '123' },
        legalBasis: { code: 'emergency', justification: 'short' },
      }),
    ).rejects.toMatchObject({
      code: ConsentErrorCode.InvalidInput,
      violations: [
        expect.objectContaining({ field: 'recipient.organisationNumber' }),
        expect.objectContaining({ field: 'category' }),
        expect.objectContaining({ field: 'legalBasis.justification' }),
      ],
    });
    await expect(request.execute({ ...kit.ask, actor: colleague })).rejects.toMatchObject({
      code: KernelErrorCode.NotFound,
    });
    expect(kit.decisions.rows).toEqual([]);
  });

  it('decides on a justified legal basis, flagged for a privacy officer’s one review', async () => {
    const kit = setUp();
    const decision = await new RequestSharingDecision(kit.deps).execute({
      ...kit.ask,
      recipient: MOTHER,
      legalBasis: { code: 'emergency', justification },
    });
    expect(decision).toMatchObject({
      outcome: 'permit',
      reviewRequired: true,
      basis: { kind: 'legal-basis', code: 'emergency' },
    });

    const pending = await new ListDecisionsForReview(kit.deps).execute({
      actor: officer,
      state: 'pending',
      page: {},
    });
    expect(pending.items.map((item) => item.id)).toEqual([decision.id]);
    const reviewed = await new ReviewDecision(kit.deps).execute({
      actor: officer,
      decisionId: decision.id,
      conclusion: 'not-justified',
      note: 'No emergency',
    });
    expect(reviewed.review).toMatchObject({
      conclusion: 'not-justified',
      reviewedBy: 'officer-kari',
    });
    await expect(
      new ReviewDecision(kit.deps).execute({
        actor: officer,
        decisionId: decision.id,
        conclusion: 'justified',
      }),
    ).rejects.toMatchObject({
      code: ConsentErrorCode.AlreadyReviewed,
    });
    expect(
      (
        await new ListDecisionsForReview(kit.deps).execute({
          actor: officer,
          state: 'pending',
          page: {},
        })
      ).items,
    ).toEqual([]);
  });

  it('reviews only decisions flagged for review', async () => {
    const kit = setUp();
    const decision = await new RequestSharingDecision(kit.deps).execute(kit.ask);
    await expect(
      new ReviewDecision(kit.deps).execute({
        actor: officer,
        decisionId: decision.id,
        conclusion: 'justified',
      }),
    ).rejects.toMatchObject({
      code: ConsentErrorCode.ReviewNotRequired,
    });
  });
});

describe('ListClientDisclosures (right of access)', () => {
  it('opens to a care relation, or to a privacy officer for a client on the roster', async () => {
    const kit = setUp();
    const decision = await kit.policy.decide(kit.ask);
    await kit.policy.recordDisclosure({
      actor: nurse,
      decisionId: decision.id,
      description: 'LAR dose',
    });
    const list = new ListClientDisclosures(kit.deps);
    expect(
      (await list.execute({ actor: nurse, clientId: kit.ask.clientId, page: {} })).items,
    ).toHaveLength(1);
    await expect(
      list.execute({ actor: officer, clientId: kit.ask.clientId, page: {} }),
    ).rejects.toMatchObject({ code: KernelErrorCode.NotFound });
    kit.roster.add(nurse.tenantId, kit.ask.clientId);
    expect(
      (await list.execute({ actor: officer, clientId: kit.ask.clientId, page: {} })).items,
    ).toHaveLength(1);
  });
});
