import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { TypeOrmTransactionHost } from '@lavterskel/kernel/typeorm';
import { ConsentErrorCode } from '../domain/consent-error';
import { decide } from '../domain/decide';
import { discloseOn } from '../domain/disclosure';
import { logDecision } from '../domain/sharing-decision';
import { ConsentBuilder, NAV } from '../domain/testing/consent.builder';
import { NOW, OSLO, SKIEN, staffActor } from '../domain/testing/consent-test-kit';
import { consentPersistence } from './consent-persistence';
import { TypeOrmDisclosureRepository } from './typeorm-disclosure.repository';
import { TypeOrmSharingDecisionRepository } from './typeorm-sharing-decision.repository';

describe('TypeOrmSharingDecisionRepository and TypeOrmDisclosureRepository', () => {
  let db: TestDatabase;
  let host: TypeOrmTransactionHost;
  let decisions: TypeOrmSharingDecisionRepository;
  let disclosures: TypeOrmDisclosureRepository;
  const actor = staffActor();
  const clientId = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';
  const at = new Date(NOW);

  const logged = (legal: boolean, minutesAgo = 0) => {
    const question = {
      actor,
      clientId,
      category: 'contact-details',
      purpose: 'treatment-coordination',
      recipient: NAV,
      at: new Date(at.getTime() - minutesAgo * 60_000),
      ...(legal
        ? {
            legalBasis: {
              code: 'emergency' as const,
              justification: 'Unconscious at the shelter, ambulance on its way',
            },
          }
        : {}),
    };
    return logDecision(
      question,
      decide(question, { consents: legal ? [] : [ConsentBuilder.create({ clientId })] }),
    );
  };

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [...consentPersistence.entities],
      migrations: consentPersistence.migrations,
    });
    host = new TypeOrmTransactionHost(db.dataSource);
    decisions = new TypeOrmSharingDecisionRepository(host.manager);
    disclosures = new TypeOrmDisclosureRepository(host.manager);
  });
  afterAll(() => db.drop());

  it('stores a decision as decided, basis and reasons included', async () => {
    for (const decision of [logged(false), logged(true)]) {
      await decisions.add(decision);
      expect(await decisions.get(SKIEN, decision.id)).toEqual(decision);
      expect(await decisions.get(OSLO, decision.id)).toBeNull();
    }
  });

  it('keeps one review per decision and lists decisions by review state, newest first', async () => {
    const older = logged(true, 10);
    const newer = logged(true, 5);
    for (const decision of [older, newer, logged(false)]) await decisions.add(decision);
    const pending = await decisions.pageForReview({ tenantId: SKIEN, state: 'pending', page: {} });
    expect(pending.items.map((decision) => decision.id)).toEqual(
      expect.arrayContaining([newer.id, older.id]),
    );
    expect(pending.items.findIndex((d) => d.id === newer.id)).toBeLessThan(
      pending.items.findIndex((d) => d.id === older.id),
    );
    expect(pending.items.every((decision) => decision.reviewRequired)).toBe(true);

    const review = {
      conclusion: 'justified' as const,
      note: 'Emergency documented in the EHR',
      reviewedBy: 'officer-kari',
      reviewedAt: at,
    };
    await decisions.addReview(SKIEN, older.id, review);
    await expect(
      decisions.addReview(SKIEN, older.id, { ...review, conclusion: 'not-justified' }),
    ).rejects.toMatchObject({
      code: ConsentErrorCode.AlreadyReviewed,
    });
    expect((await decisions.get(SKIEN, older.id))?.review).toEqual(review);
    const reviewed = await decisions.pageForReview({
      tenantId: SKIEN,
      state: 'reviewed',
      page: {},
    });
    expect(reviewed.items.map((decision) => decision.id)).toEqual([older.id]);
    expect(await decisions.pageForReview({ tenantId: OSLO, state: 'pending', page: {} })).toEqual({
      items: [],
      nextCursor: null,
    });
  });

  it('records one disclosure per decision and lists a client’s disclosures', async () => {
    const decision = logged(false);
    await decisions.add(decision);
    const disclosure = discloseOn(decision, {
      actor,
      description: 'Phone number given to NAV case worker',
      at,
    });
    await disclosures.add(disclosure);
    await expect(disclosures.add({ ...disclosure, id: crypto.randomUUID() })).rejects.toMatchObject(
      {
        code: ConsentErrorCode.DecisionAlreadyUsed,
      },
    );
    expect(await disclosures.pageOfClient(SKIEN, clientId, {})).toEqual({
      items: [disclosure],
      nextCursor: null,
    });
    expect((await disclosures.pageOfClient(OSLO, clientId, {})).items).toEqual([]);
  });

  it.each(['sharing_decision', 'disclosure', 'decision_review'])(
    'never lets %s rows be edited or deleted',
    async (table) => {
      await expect(
        db.dataSource.query(`UPDATE consent.${table} SET tenant_id = '0301'`),
      ).rejects.toMatchObject({
        driverError: expect.objectContaining({ code: '42501' }),
      });
      await expect(db.dataSource.query(`DELETE FROM consent.${table}`)).rejects.toMatchObject({
        driverError: expect.objectContaining({ code: '42501' }),
      });
    },
  );
});
