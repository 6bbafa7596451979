import {
  BREAK_GLASS,
  JUSTIFICATION,
  LAR_DOCTOR,
  MOTHER,
  NAV,
  consentBody,
  nurse,
  osloNurse,
  osloPrivacyOfficer,
  otherNurse,
  privacyOfficer,
} from './consent-fixtures';
import { startConsentTestApp, type ConsentTestApp } from './consent-test-app';

describe('sharing decisions and disclosures over HTTP (CO-2, CO-3)', () => {
  let api: ConsentTestApp;

  beforeAll(async () => {
    api = await startConsentTestApp();
  });
  afterAll(() => api.close());

  /** A client the nurse has a care relation to, with one consent to NAV and the LAR doctor. */
  const clientWithConsent = async () => {
    const clientId = await api.registerClient(nurse);
    const consent = await (
      await api.as(nurse)
    )
      .post('/v1/consents', consentBody(clientId))
      .expect(201);
    return { clientId, consentId: consent.body.id as string };
  };
  const question = (clientId: string, overrides: Record<string, unknown> = {}) => ({
    clientId,
    category: 'lar-status',
    purpose: 'treatment-coordination',
    recipient: LAR_DOCTOR,
    ...overrides,
  });
  const decisionRows = async (clientId: string) =>
    Number(
      (
        await api.db.dataSource.query(
          `SELECT count(*) FROM consent.sharing_decision WHERE client_id = $1`,
          [clientId],
        )
      )[0].count,
    );
  const auditRows = (
    clientId: string,
  ): Promise<{ action: string; resource_type: string; reason: string | null }[]> =>
    api.db.dataSource.query(
      `SELECT action, resource_type, reason FROM kernel.audit_event WHERE client_id = $1 ORDER BY action, resource_type`,
      [clientId],
    );

  it('permits on a covering consent, names it, logs the decision and audits it', async () => {
    const { clientId, consentId } = await clientWithConsent();
    const { body } = await (
      await api.as(nurse)
    )
      .post('/v1/sharing-decisions', question(clientId))
      .expect(201);
    expect(body).toMatchObject({
      clientId,
      outcome: 'permit',
      basis: { kind: 'consent', consentId, consentVersion: 1 },
      reasons: [{ code: 'consent-permits', consentId }],
      reviewRequired: false,
      review: null,
      decidedBy: 'nurse-anne',
      decidedAt: '2026-11-23T09:00:00.000Z',
    });
    expect(await decisionRows(clientId)).toBe(1);
    expect(await auditRows(clientId)).toContainEqual({
      action: 'read',
      resource_type: 'sharing-decision',
      reason: 'treatment-coordination',
    });
  });

  it.each([
    ['a recipient the consent does not name', { recipient: MOTHER }, 'recipient-not-covered'],
    ['a purpose it does not cover', { purpose: 'relatives-information' }, 'purpose-not-covered'],
    ['a category it does not cover', { category: 'mental-health' }, 'category-not-covered'],
  ])('denies %s, and says why', async (_, overrides, reason) => {
    const { clientId, consentId } = await clientWithConsent();
    const { body } = await (
      await api.as(nurse)
    )
      .post('/v1/sharing-decisions', question(clientId, overrides))
      .expect(201);
    expect(body).toMatchObject({
      outcome: 'deny',
      basis: null,
      reasons: [{ code: reason, consentId }],
    });
  });

  it('treats consent to an organisation as covering its roles, and a future-dated consent as not yet valid', async () => {
    const { clientId } = await clientWithConsent();
    const caller = await api.as(nurse);
    const navCaseWorker = {
      type: 'role',
      organisationNumber: NAV.organisationNumber,
      role: 'case-worker',
    };
    expect(
      (
        await caller
          .post('/v1/sharing-decisions', question(clientId, { recipient: navCaseWorker }))
          .expect(201)
      ).body.outcome,
    ).toBe('permit');

    const futureClient = await api.registerClient(nurse);
    await caller
      .post('/v1/consents', consentBody(futureClient, { validFrom: '2026-12-01T00:00:00+01:00' }))
      .expect(201);
    const early = await caller.post('/v1/sharing-decisions', question(futureClient)).expect(201);
    expect(early.body).toMatchObject({ outcome: 'deny', reasons: [{ code: 'not-yet-valid' }] });
    api.clock.set('2026-12-02T09:00:00Z');
    try {
      expect(
        (await caller.post('/v1/sharing-decisions', question(futureClient)).expect(201)).body
          .outcome,
      ).toBe('permit');
    } finally {
      api.clock.set('2026-11-23T09:00:00Z');
    }
  });

  it('permits on a justified legal basis when no consent does, flags it for review and audits the justification', async () => {
    const { clientId } = await clientWithConsent();
    const legalBasis = { code: 'emergency', justification: JUSTIFICATION };
    const { body } = await (
      await api.as(nurse)
    )
      .post('/v1/sharing-decisions', question(clientId, { recipient: MOTHER, legalBasis }))
      .expect(201);
    expect(body).toMatchObject({
      outcome: 'permit',
      basis: { kind: 'legal-basis', legalBasis: 'emergency', justification: JUSTIFICATION },
      reasons: [{ code: 'recipient-not-covered' }, { code: 'legal-basis' }],
      reviewRequired: true,
    });
    expect(await auditRows(clientId)).toContainEqual({
      action: 'read',
      resource_type: 'sharing-decision',
      reason: `treatment-coordination on legal basis emergency: ${JUSTIFICATION}`,
    });
  });

  it.each([
    [
      'a legal-basis override without a justification',
      { legalBasis: { code: 'emergency', justification: '' } },
      'legalBasis.justification',
      'min-length',
    ],
    [
      'a legal-basis override with no justification field',
      { legalBasis: { code: 'emergency' } },
      'legalBasis.justification',
      'isString',
    ],
    [
      'an unknown legal basis',
      { legalBasis: { code: 'convenience', justification: JUSTIFICATION } },
      'legalBasis.code',
      'isIn',
    ],
    ['an unknown category', { category: 'shoe-size' }, 'category', 'known-category'],
    ['an unknown purpose', { purpose: 'marketing' }, 'purpose', 'known-purpose'],
    [
      'a recipient with a wrong organisation number',
      { recipient: { ...NAV, organisationNumber: '123456789' } },
      'recipient.organisationNumber',
      'organisation-number',
    ],
    ['a client id that is not a UUID', { clientId: 'client-7' }, 'clientId', 'isUuid'],
  ])(
    'refuses %s with a 400 naming the field, and logs nothing',
    async (_, overrides, field, rule) => {
      const { clientId } = await clientWithConsent();
      const response = await (
        await api.as(nurse)
      )
        .post('/v1/sharing-decisions', question(clientId, overrides))
        .expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field, rule }));
      expect(await decisionRows(clientId)).toBe(0);
    },
  );

  it("answers a decision request for another municipality's client with 404, and logs nothing", async () => {
    const { clientId } = await clientWithConsent();
    const response = await (
      await api.as(osloNurse)
    )
      .post('/v1/sharing-decisions', question(clientId))
      .expect(404);
    expect(response.body).toMatchObject({ code: 'not-found', title: 'No client with this id.' });
    expect(await decisionRows(clientId)).toBe(0);
  });

  it('needs a care relation: 404 without one; break-the-glass opens it and is audited', async () => {
    const { clientId } = await clientWithConsent();
    const stranger = await api.as(otherNurse);
    await stranger.post('/v1/sharing-decisions', question(clientId)).expect(404);
    await stranger
      .post('/v1/sharing-decisions', question(clientId))
      .set('X-Break-Glass-Reason', BREAK_GLASS)
      .expect(201);
    expect(await auditRows(clientId)).toContainEqual({
      action: 'break-glass',
      resource_type: 'client',
      reason: BREAK_GLASS,
    });
  });

  it('decides for a client with no consent on record (deny), and answers others 404', async () => {
    const bare = await api.registerClient(nurse);
    const denied = await (
      await api.as(nurse)
    )
      .post('/v1/sharing-decisions', question(bare))
      .expect(201);
    expect(denied.body.outcome).toBe('deny');
    expect(await decisionRows(bare)).toBe(1);
    await (await api.as(otherNurse)).post('/v1/sharing-decisions', question(bare)).expect(404);
    expect(await decisionRows(bare)).toBe(1);
  });

  it('records a share on a permitting decision, once, and lists it for the client', async () => {
    const { clientId, consentId } = await clientWithConsent();
    const caller = await api.as(nurse);
    const decision = (await caller.post('/v1/sharing-decisions', question(clientId)).expect(201))
      .body;
    const description = 'Current LAR dose, by phone to the LAR doctor';

    const shared = await caller
      .post(`/v1/sharing-decisions/${decision.id}/disclosures`, { description })
      .expect(201);
    expect(shared.body).toMatchObject({
      clientId,
      decisionId: decision.id,
      category: 'lar-status',
      purpose: 'treatment-coordination',
      recipient: LAR_DOCTOR,
      basis: { kind: 'consent', consentId, consentVersion: 1 },
      description,
      disclosedBy: 'nurse-anne',
    });
    const again = await caller
      .post(`/v1/sharing-decisions/${decision.id}/disclosures`, { description })
      .expect(409);
    expect(again.body.code).toBe('consent.decision-already-used');
    expect(await auditRows(clientId)).toContainEqual({
      action: 'disclose',
      resource_type: 'disclosure',
      reason: 'treatment-coordination',
    });

    const list = await caller.get(`/v1/clients/${clientId}/disclosures`).expect(200);
    expect(list.body).toEqual({ items: [shared.body], nextCursor: null });
    expect(await auditRows(clientId)).toContainEqual({
      action: 'search',
      resource_type: 'disclosure',
      reason: 'disclosure log (right of access)',
    });
  });

  it("refuses a share on a denied decision (409) or on another person's decision (404)", async () => {
    const { clientId } = await clientWithConsent();
    const caller = await api.as(nurse);
    const denied = (
      await caller
        .post('/v1/sharing-decisions', question(clientId, { recipient: MOTHER }))
        .expect(201)
    ).body;
    const refused = await caller
      .post(`/v1/sharing-decisions/${denied.id}/disclosures`, { description: 'Told the mother' })
      .expect(409);
    expect(refused.body.code).toBe('consent.decision-denied');

    const permitted = (await caller.post('/v1/sharing-decisions', question(clientId)).expect(201))
      .body;
    await (
      await api.as(otherNurse)
    )
      .post(`/v1/sharing-decisions/${permitted.id}/disclosures`, { description: 'Dose' })
      .expect(404);
    await (
      await api.as(osloNurse)
    )
      .post(`/v1/sharing-decisions/${permitted.id}/disclosures`, { description: 'Dose' })
      .expect(404);
    const blank = await caller
      .post(`/v1/sharing-decisions/${permitted.id}/disclosures`, { description: '   ' })
      .expect(400);
    expect(blank.body.errors).toEqual([
      expect.objectContaining({ field: 'description', rule: 'length' }),
    ]);
    expect(
      (await caller.get(`/v1/clients/${clientId}/disclosures`).expect(200)).body.items,
    ).toEqual([]);
  });

  it('records exactly one share when the same decision is used at the same time', async () => {
    const { clientId } = await clientWithConsent();
    const caller = await api.as(nurse);
    const decision = (await caller.post('/v1/sharing-decisions', question(clientId)).expect(201))
      .body;
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        caller.post(`/v1/sharing-decisions/${decision.id}/disclosures`, {
          description: `Share attempt ${i}`,
        }),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([
      201,
      ...Array(7).fill(409),
    ]);
    expect(
      (await caller.get(`/v1/clients/${clientId}/disclosures`).expect(200)).body.items,
    ).toHaveLength(1);
  });

  it('shows the disclosure log to the client’s carers and privacy officer only', async () => {
    // The privacy officer's scope is the municipality's clients: the ones in the client registry.
    const clientId = await api.registerClient(nurse);
    const caller = await api.as(nurse);
    await caller.post('/v1/consents', consentBody(clientId)).expect(201);
    const decision = (await caller.post('/v1/sharing-decisions', question(clientId)).expect(201))
      .body;
    await caller
      .post(`/v1/sharing-decisions/${decision.id}/disclosures`, { description: 'Dose, by phone' })
      .expect(201);

    expect(
      (await (await api.as(privacyOfficer)).get(`/v1/clients/${clientId}/disclosures`).expect(200))
        .body.items,
    ).toHaveLength(1);
    await (await api.as(otherNurse)).get(`/v1/clients/${clientId}/disclosures`).expect(404);
    await (await api.as(osloPrivacyOfficer)).get(`/v1/clients/${clientId}/disclosures`).expect(404);
    api.careRelations.relate(osloNurse, clientId);
    expect(
      (await (await api.as(osloNurse)).get(`/v1/clients/${clientId}/disclosures`).expect(200)).body
        .items,
    ).toEqual([]);
    const withGlass = await (
      await api.as(otherNurse)
    )
      .get(`/v1/clients/${clientId}/disclosures`)
      .set('X-Break-Glass-Reason', BREAK_GLASS);
    expect(withGlass.body.items).toHaveLength(1);
    await (await api.as(privacyOfficer)).get('/v1/clients/not-a-uuid/disclosures').expect(400);
  });

  it('lets a privacy officer review legal-basis decisions once; consent-based ones need no review', async () => {
    const { clientId } = await clientWithConsent();
    const caller = await api.as(nurse);
    const officer = await api.as(privacyOfficer);
    const flagged = (
      await caller.post(
        '/v1/sharing-decisions',
        question(clientId, {
          recipient: MOTHER,
          legalBasis: { code: 'overriding-interest', justification: JUSTIFICATION },
        }),
      )
    ).body;
    const ordinary = (await caller.post('/v1/sharing-decisions', question(clientId)).expect(201))
      .body;

    const pending = await officer.get('/v1/sharing-decisions?review=pending&limit=100').expect(200);
    expect(pending.body.items.map((item: { id: string }) => item.id)).toContain(flagged.id);
    expect(pending.body.items.map((item: { id: string }) => item.id)).not.toContain(ordinary.id);
    await caller.get('/v1/sharing-decisions').expect(403);
    const oslo = await (await api.as(osloPrivacyOfficer)).get('/v1/sharing-decisions').expect(200);
    expect(oslo.body.items.map((item: { id: string }) => item.id)).not.toContain(flagged.id);
    const reviewSearches = await api.db.dataSource.query(
      `SELECT reason FROM kernel.audit_event WHERE actor_subject = 'officer-kari' AND action = 'search' AND resource_type = 'sharing-decision'`,
    );
    expect(reviewSearches).toContainEqual({ reason: 'privacy review (pending)' });

    const reviewed = await officer
      .post(`/v1/sharing-decisions/${flagged.id}/review`, {
        conclusion: 'justified',
        note: 'Documented in the EHR',
      })
      .expect(201);
    expect(reviewed.body.review).toMatchObject({
      conclusion: 'justified',
      note: 'Documented in the EHR',
      reviewedBy: 'officer-kari',
    });
    expect(
      (
        await officer
          .post(`/v1/sharing-decisions/${flagged.id}/review`, { conclusion: 'not-justified' })
          .expect(409)
      ).body.code,
    ).toBe('consent.already-reviewed');
    expect(
      (
        await officer
          .post(`/v1/sharing-decisions/${ordinary.id}/review`, { conclusion: 'justified' })
          .expect(409)
      ).body.code,
    ).toBe('consent.review-not-required');
    await (
      await api.as(osloPrivacyOfficer)
    )
      .post(`/v1/sharing-decisions/${flagged.id}/review`, { conclusion: 'justified' })
      .expect(404);
    const done = await officer.get('/v1/sharing-decisions?review=reviewed').expect(200);
    expect(done.body.items.map((item: { id: string }) => item.id)).toContain(flagged.id);
    expect(await auditRows(clientId)).toContainEqual({
      action: 'update',
      resource_type: 'sharing-decision',
      reason: 'review: justified',
    });
  });
});
