import { fhirValidationErrors } from '@lavterskel/fhir-validator';
import {
  BREAK_GLASS,
  LAR_DOCTOR,
  MOTHER,
  NAV,
  consentBody,
  newClientId,
  nurse,
  osloNurse,
  otherNurse,
  privacyOfficer,
} from './consent-fixtures';
import { startConsentTestApp, type ConsentTestApp } from './consent-test-app';

describe('consents over HTTP (CO-1, CO-5)', () => {
  let api: ConsentTestApp;

  beforeAll(async () => {
    api = await startConsentTestApp();
  });
  afterAll(() => api.close());

  /** A client of the registry the nurse has a care relation to. */
  const nursesClient = () => api.registerClient(nurse);
  const grant = async (clientId: string, overrides: Record<string, unknown> = {}) => {
    const response = await (
      await api.as(nurse)
    )
      .post('/v1/consents', consentBody(clientId, overrides))
      .expect(201);
    return response.body as { id: string; version: number };
  };
  /**
   * The client's audit rows but the registration's; the clock is fixed, so they come in a stable
   * order of action and actor.
   */
  const auditRows = (
    clientId: string,
  ): Promise<
    { action: string; resource_type: string; actor_subject: string; reason: string | null }[]
  > =>
    api.db.dataSource.query(
      `SELECT action, resource_type, actor_subject, reason FROM kernel.audit_event WHERE client_id = $1
         AND NOT (resource_type = 'client' AND action = 'create') ORDER BY action, actor_subject, reason`,
      [clientId],
    );
  const versionCount = async (clientId: string) =>
    Number(
      (
        await api.db.dataSource.query(
          `SELECT count(*) FROM consent.consent_version v JOIN consent.consent c ON c.id = v.consent_id WHERE c.client_id = $1`,
          [clientId],
        )
      )[0].count,
    );

  it('records a consent, answers with its ETag and Location, and audits the write', async () => {
    const clientId = await nursesClient();
    const response = await (
      await api.as(nurse)
    )
      .post('/v1/consents', consentBody(clientId, { recipients: [NAV, LAR_DOCTOR, MOTHER] }))
      .expect(201);
    expect(response.headers['etag']).toBe('"1"');
    expect(response.headers['location']).toBe(`/v1/consents/${response.body.id}`);
    expect(response.body).toMatchObject({
      clientId,
      version: 1,
      change: 'granted',
      status: 'active',
      effectiveStatus: 'active',
      categories: ['contact-details', 'lar-status'],
      recipients: [NAV, LAR_DOCTOR, MOTHER],
      validFrom: '2026-10-31T23:00:00.000Z',
      validTo: '2027-10-31T23:00:00.000Z',
      method: 'written',
      recordedBy: 'nurse-anne',
      grantedAt: '2026-11-23T09:00:00.000Z',
    });
    expect(await auditRows(clientId)).toEqual([
      {
        action: 'create',
        resource_type: 'consent',
        actor_subject: 'nurse-anne',
        reason: 'consent given (written)',
      },
    ]);
  });

  it.each([
    [
      'validity ending before it starts',
      { validTo: '2026-10-01T00:00:00Z' },
      'validTo',
      'after-valid-from',
    ],
    [
      'an unknown category',
      { categories: ['contact-details', 'shoe-size'] },
      'categories[1]',
      'known-category',
    ],
    ['an unknown purpose', { purposes: ['marketing'] }, 'purposes[0]', 'known-purpose'],
    [
      'a wrong organisation number',
      { recipients: [{ ...NAV, organisationNumber: '889640783' }] },
      'recipients[0].organisationNumber',
      'organisation-number',
    ],
    [
      'a recipient without a name',
      { recipients: [{ type: 'organisation', organisationNumber: '889640782' }] },
      'recipients[0].name',
      'required',
    ],
    [
      'a field of another recipient type',
      { recipients: [{ ...NAV, personId: MOTHER.personId }] },
      'recipients[0].personId',
      'not-allowed',
    ],
    ['an unknown how-given', { method: 'telepathy' }, 'method', 'isIn'],
    ['a date that is not ISO 8601', { validFrom: '23.11.2026' }, 'validFrom', 'isIso8601'],
    ['an unknown property', { tenantId: '0301' }, 'tenantId', 'unknown-property'],
    ['no categories', { categories: [] }, 'categories', 'arrayNotEmpty'],
  ])(
    'refuses %s with a 400 problem naming the field, and saves nothing',
    async (_, overrides, field, rule) => {
      const clientId = await nursesClient();
      const response = await (
        await api.as(nurse)
      )
        .post('/v1/consents', consentBody(clientId, overrides))
        .expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field, rule }));
      expect(response.body).not.toHaveProperty('stack');
      expect(await versionCount(clientId)).toBe(0);
      expect(await auditRows(clientId)).toEqual([]);
    },
  );

  it('reads a consent, changes it with If-Match into a new version, and keeps every version', async () => {
    const clientId = await nursesClient();
    const { id } = await grant(clientId);
    const caller = await api.as(nurse);

    const read = await caller.get(`/v1/consents/${id}`).expect(200);
    expect(read.headers['etag']).toBe('"1"');
    const change = consentBody(clientId, { purposes: ['contact-tracing'] });
    delete change['clientId'];

    expect((await caller.put(`/v1/consents/${id}`, change).expect(428)).body.code).toBe(
      'kernel.precondition-required',
    );
    expect(
      (await caller.put(`/v1/consents/${id}`, change).set('If-Match', '"7"').expect(412)).body.code,
    ).toBe('kernel.concurrent-modification');
    const changed = await caller
      .put(`/v1/consents/${id}`, change)
      .set('If-Match', '"1"')
      .expect(200);
    expect(changed.headers['etag']).toBe('"2"');
    expect(changed.body).toMatchObject({
      id,
      version: 2,
      change: 'amended',
      purposes: ['contact-tracing'],
      grantedAt: read.body.grantedAt,
    });

    const versions = await caller.get(`/v1/consents/${id}/versions`).expect(200);
    expect(
      versions.body.map((version: { version: number; purposes: string[] }) => [
        version.version,
        version.purposes,
      ]),
    ).toEqual([
      [1, ['treatment-coordination', 'crisis-contact']],
      [2, ['contact-tracing']],
    ]);
    const list = await caller.get(`/v1/consents?clientId=${clientId}`).expect(200);
    expect(list.body).toEqual({
      items: [expect.objectContaining({ id, version: 2 })],
      nextCursor: null,
    });
    expect((await auditRows(clientId)).map((row) => row.action)).toEqual([
      'create',
      'read',
      'read',
      'search',
      'update',
    ]);
  });

  it('withdraws at once: the next decision denies, and the consent never changes again', async () => {
    const clientId = await nursesClient();
    const { id } = await grant(clientId);
    const caller = await api.as(nurse);
    const question = {
      clientId,
      category: 'lar-status',
      purpose: 'treatment-coordination',
      recipient: LAR_DOCTOR,
    };
    expect((await caller.post('/v1/sharing-decisions', question).expect(201)).body).toMatchObject({
      outcome: 'permit',
      basis: { kind: 'consent', consentId: id, consentVersion: 1 },
    });

    const withdrawn = await caller
      .post(`/v1/consents/${id}/withdrawal`, {
        method: 'oral',
        reason: 'Does not want the DPS told',
      })
      .expect(200);
    expect(withdrawn.headers['etag']).toBe('"2"');
    expect(withdrawn.body).toMatchObject({
      version: 2,
      change: 'withdrawn',
      status: 'withdrawn',
      effectiveStatus: 'withdrawn',
      method: 'oral',
    });

    const after = await caller.post('/v1/sharing-decisions', question).expect(201);
    expect(after.body).toMatchObject({
      outcome: 'deny',
      basis: null,
      reasons: [{ code: 'withdrawn', consentId: id }],
    });
    expect(
      (await caller.post(`/v1/consents/${id}/withdrawal`, { method: 'oral' }).expect(409)).body
        .code,
    ).toBe('consent.consent-withdrawn');
    const change = consentBody(clientId);
    delete change['clientId'];
    expect(
      (await caller.put(`/v1/consents/${id}`, change).set('If-Match', '"2"').expect(409)).body.code,
    ).toBe('consent.consent-withdrawn');
  });

  it('exports FHIR R4 Consent resources that the FHIR validator accepts, and audits the export', async () => {
    const clientId = await nursesClient();
    const caller = await api.as(nurse);
    const active = await grant(clientId, {
      categories: ['health', 'mental-health', 'substance-use'],
      recipients: [NAV, LAR_DOCTOR, MOTHER],
    });
    const open = await grant(clientId, {
      validTo: undefined,
      purposes: ['delivery', 'relatives-information'],
    });
    const withdrawn = await grant(clientId);
    await caller.post(`/v1/consents/${withdrawn.id}/withdrawal`, { method: 'written' }).expect(200);

    for (const { id } of [active, open, withdrawn]) {
      const response = await caller.get(`/v1/consents/${id}/fhir`).expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
      expect(fhirValidationErrors(response.body)).toEqual([]);
    }
    const fhir = (await caller.get(`/v1/consents/${active.id}/fhir`)).body;
    expect(fhir).toMatchObject({
      resourceType: 'Consent',
      id: active.id,
      status: 'active',
      patient: { reference: `Patient/${clientId}` },
      provision: {
        type: 'permit',
        actor: [
          {
            reference: {
              type: 'Organization',
              identifier: { system: 'urn:oid:2.16.578.1.12.4.1.4.101', value: '889640782' },
            },
          },
          { role: { text: 'information recipient: lar-doctor' } },
          { reference: { reference: `RelatedPerson/${MOTHER.personId}` } },
        ],
        securityLabel: [
          { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'MH' },
          { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'ETH' },
        ],
      },
    });
    expect((await caller.get(`/v1/consents/${withdrawn.id}/fhir`)).body.status).toBe('inactive');
    expect((await auditRows(clientId)).filter((row) => row.action === 'export')).toHaveLength(5);
  });

  it("answers another municipality's request with 404, exactly like a missing consent", async () => {
    const clientId = await nursesClient();
    const { id } = await grant(clientId);
    const oslo = await api.as(osloNurse);
    await oslo.get(`/v1/consents?clientId=${clientId}`).expect(404);
    await oslo.post('/v1/consents', consentBody(clientId)).expect(404);
    api.careRelations.relate(osloNurse, clientId); // even a relation in Oslo does not reach Skien's records
    const missing = (await oslo.get(`/v1/consents/${newClientId()}`).expect(404)).body;
    for (const path of [
      `/v1/consents/${id}`,
      `/v1/consents/${id}/versions`,
      `/v1/consents/${id}/fhir`,
    ]) {
      const response = await oslo.get(path).expect(404);
      expect({ ...response.body, instance: undefined, requestId: undefined }).toEqual({
        ...missing,
        instance: undefined,
        requestId: undefined,
      });
    }
    const change = consentBody(clientId);
    delete change['clientId'];
    await oslo.put(`/v1/consents/${id}`, change).set('If-Match', '"1"').expect(404);
    await oslo.post(`/v1/consents/${id}/withdrawal`, { method: 'oral' }).expect(404);
    expect((await oslo.get(`/v1/consents?clientId=${clientId}`).expect(200)).body.items).toEqual(
      [],
    );
    expect(await versionCount(clientId)).toBe(1);
  });

  it('needs a care relation: 404 without one; a break-the-glass reason opens the record and is audited', async () => {
    const clientId = await nursesClient();
    const { id } = await grant(clientId);
    const stranger = await api.as(otherNurse);
    const missing = (await stranger.get(`/v1/consents/${newClientId()}`).expect(404)).body;
    expect((await stranger.get(`/v1/consents/${id}`).expect(404)).body.title).toBe(missing.title);
    await stranger.get(`/v1/consents?clientId=${clientId}`).expect(404);
    await stranger.post('/v1/consents', consentBody(clientId)).expect(404);
    expect(
      (await stranger.get(`/v1/consents/${id}`).set('X-Break-Glass-Reason', 'urgent').expect(400))
        .body.errors,
    ).toEqual([expect.objectContaining({ field: 'X-Break-Glass-Reason', rule: 'min-length' })]);

    await stranger.get(`/v1/consents/${id}`).set('X-Break-Glass-Reason', BREAK_GLASS).expect(200);
    expect((await auditRows(clientId)).filter((row) => row.actor_subject === 'nurse-ola')).toEqual([
      {
        action: 'break-glass',
        resource_type: 'client',
        actor_subject: 'nurse-ola',
        reason: BREAK_GLASS,
      },
      { action: 'read', resource_type: 'consent', actor_subject: 'nurse-ola', reason: null },
    ]);
  });

  it('lets a privacy officer read and withdraw any consent of the municipality, but not record or change one', async () => {
    // The officer's scope is the municipality's clients: the ones in the client registry.
    const clientId = await api.registerClient(nurse);
    const { id } = await grant(clientId);
    const officer = await api.as(privacyOfficer);
    await officer.get(`/v1/consents/${id}`).expect(200);
    await officer.get(`/v1/consents?clientId=${clientId}`).expect(200);
    expect((await officer.post('/v1/consents', consentBody(clientId)).expect(403)).body.code).toBe(
      'auth.forbidden',
    );
    await officer.get(`/v1/consents/${newClientId()}`).expect(404);
    await officer
      .post(`/v1/consents/${id}/withdrawal`, {
        method: 'written',
        reason: 'Letter to the privacy officer',
      })
      .expect(200);
    expect((await auditRows(clientId)).map((row) => `${row.actor_subject}:${row.action}`)).toEqual([
      'nurse-anne:create', // the grant (auditRows leaves out the registration)
      'officer-kari:read',
      'officer-kari:search',
      'officer-kari:update',
    ]);
  });

  it('refuses a consent for a client id the registry does not know: 404, even with a relation or a break-glass reason', async () => {
    const clientId = newClientId();
    api.careRelations.relate(nurse, clientId); // a relation to an id no registry holds
    const caller = await api.as(nurse);
    const refused = await caller
      .post('/v1/consents', consentBody(clientId))
      .set('X-Break-Glass-Reason', BREAK_GLASS)
      .expect(404);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.code).toBe('not-found');
    expect(await versionCount(clientId)).toBe(0);
    expect(await auditRows(clientId)).toEqual([]);
  });

  it('settles concurrent changes in the database: one change per version, one withdrawal', async () => {
    const clientId = await nursesClient();
    const { id } = await grant(clientId);
    const caller = await api.as(nurse);
    const change = consentBody(clientId, { purposes: ['crisis-contact'] });
    delete change['clientId'];

    const changes = await Promise.all(
      Array.from({ length: 8 }, () =>
        caller.put(`/v1/consents/${id}`, change).set('If-Match', '"1"'),
      ),
    );
    expect(changes.map((response) => response.status).sort()).toEqual([200, ...Array(7).fill(412)]);

    const withdrawals = await Promise.all(
      Array.from({ length: 8 }, () =>
        caller.post(`/v1/consents/${id}/withdrawal`, { method: 'oral' }),
      ),
    );
    expect(withdrawals.map((response) => response.status).sort()).toEqual([
      200,
      ...Array(7).fill(409),
    ]);
    const versions = await caller.get(`/v1/consents/${id}/versions`).expect(200);
    expect(versions.body.map((version: { change: string }) => version.change)).toEqual([
      'granted',
      'amended',
      'withdrawn',
    ]);
  });

  it('never lets a consent row be edited or deleted, not even by the application', async () => {
    const { id } = await grant(await nursesClient());
    await expect(
      api.db.dataSource.query(
        `UPDATE consent.consent_version SET status = 'active' WHERE consent_id = $1`,
        [id],
      ),
    ).rejects.toThrow(/append-only/);
    await expect(
      api.db.dataSource.query(`DELETE FROM consent.consent WHERE id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
  });

  it('answers a retried grant with the first response (Idempotency-Key), creating one consent', async () => {
    const clientId = await nursesClient();
    const caller = await api.as(nurse);
    const first = await caller
      .post('/v1/consents', consentBody(clientId))
      .set('Idempotency-Key', `grant-${clientId}`)
      .expect(201);
    const retry = await caller
      .post('/v1/consents', consentBody(clientId))
      .set('Idempotency-Key', `grant-${clientId}`)
      .expect(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await versionCount(clientId)).toBe(1);
  });

  it('serves the vocabulary with its declared trees', async () => {
    const { body } = await (await api.as(nurse)).get('/v1/consents/vocabulary').expect(200);
    expect(body.categories).toContainEqual(
      expect.objectContaining({
        code: 'health',
        children: expect.arrayContaining([expect.objectContaining({ code: 'wound-care' })]),
      }),
    );
    expect(body.legalBases.map((basis: { code: string }) => basis.code)).toEqual([
      'emergency',
      'overriding-interest',
      'statutory-duty',
    ]);
    expect(body.crisisContact).toEqual({ category: 'contact-details', purpose: 'crisis-contact' });
  });

  it('describes every route in OpenAPI: operation, policy, typed response and problem responses', async () => {
    const { body } = await api.http().get('/docs-json').expect(200);
    const routes: [string, string, number][] = [
      ['/v1/consents', 'post', 201],
      ['/v1/consents', 'get', 200],
      ['/v1/consents/{id}', 'get', 200],
      ['/v1/consents/{id}', 'put', 200],
      ['/v1/consents/{id}/withdrawal', 'post', 200],
      ['/v1/consents/{id}/versions', 'get', 200],
      ['/v1/consents/{id}/fhir', 'get', 200],
      ['/v1/consents/vocabulary', 'get', 200],
      ['/v1/consents/crisis-contactability', 'get', 200],
      ['/v1/sharing-decisions', 'post', 201],
      ['/v1/sharing-decisions', 'get', 200],
      ['/v1/sharing-decisions/{id}/disclosures', 'post', 201],
      ['/v1/sharing-decisions/{id}/review', 'post', 201],
      ['/v1/clients/{clientId}/disclosures', 'get', 200],
    ];
    for (const [path, method, status] of routes) {
      const operation = body.paths[path]?.[method];
      expect({ path, method, summary: operation?.summary }).toEqual({
        path,
        method,
        summary: expect.any(String),
      });
      expect(operation.security).toEqual([{ bearer: [] }]);
      expect(Object.keys(operation.responses[String(status)].content ?? {})).not.toHaveLength(0);
      expect(operation.responses['401'].content).toHaveProperty(['application/problem+json']);
      expect(operation.responses['403'].content).toHaveProperty(['application/problem+json']);
    }
    expect(body.paths['/v1/consents/{id}'].put.responses['412'].content).toHaveProperty([
      'application/problem+json',
    ]);
    expect(body.components.schemas.GrantConsentRequestDto.properties.validTo).toMatchObject({
      description: expect.any(String),
      example: expect.any(String),
    });
  });
});
