import { randomUUID } from 'node:crypto';
import { fhirValidationErrors } from '@lavterskel/fhir-validator';
import {
  OSLO,
  SKIEN,
  createTeamAndService,
  expectProblem,
  registerClient,
  startServicesApp,
  type ServicesTestApp,
} from './services-e2e';

/** Skien kommune's organisation number; its services are roles of it in consents. */
const SKIEN_KOMMUNE = '964963738';
const DPS = { name: 'DPS Skien, TSB', kind: 'dps', organisationNumber: '983971636' };

describe('referrals between services and partners (SV-9) decided by consent (CO-2, CO-3)', () => {
  let api: ServicesTestApp;
  let ropService: string;
  let larService: string;
  let ropNurse: string;
  let larNurse: string;
  let outsider: string;
  let dpsId: string;

  beforeAll(async () => {
    api = await startServicesApp({
      env: { MUNICIPALITY_ORGANISATION_NUMBERS: `4003=${SKIEN_KOMMUNE}` },
    });
    const rop = await createTeamAndService(api, { name: 'ROP-teamet' });
    const lar = await createTeamAndService(api, { name: 'LAR-utdeling' });
    ropService = rop.serviceId;
    larService = lar.serviceId;
    ropNurse = await api.bearer({
      tenant: SKIEN,
      roles: ['staff'],
      teams: [rop.teamId],
      subject: 'nurse-anne',
    });
    larNurse = await api.bearer({
      tenant: SKIEN,
      roles: ['staff'],
      teams: [lar.teamId],
      subject: 'nurse-bo',
    });
    outsider = await api.bearer({
      tenant: SKIEN,
      roles: ['staff'],
      teams: [randomUUID()],
      subject: 'coach-ola',
    });
    dpsId = (
      await api
        .http()
        .post('/v1/services/partners')
        .set('Authorization', rop.lead)
        .send(DPS)
        .expect(201)
    ).body.id;
  });
  afterAll(() => api.close());

  const referToDps = (clientId: string, overrides: Record<string, unknown> = {}) =>
    api
      .http()
      .post('/v1/referrals')
      .set('Authorization', ropNurse)
      .send({
        clientId,
        from: { serviceId: ropService },
        to: { partnerId: dpsId },
        reason: 'Assessment for opioid agonist treatment (LAR)',
        urgency: 'urgent',
        categories: ['contact-details', 'lar-status'],
        purpose: 'treatment-coordination',
        ...overrides,
      });
  const consentRows = async (table: string, clientId: string, where = 'true') =>
    Number(
      (
        await api.db.dataSource.query(
          `SELECT count(*) FROM consent.${table} WHERE client_id = $1 AND ${where}`,
          [clientId],
        )
      )[0].count,
    );
  const referralCount = (clientId: string) => api.count('referral', 'client_id = $1', [clientId]);

  it('refuses a referral to the DPS without consent, and sends it once a consent permits; the DPS accepts', async () => {
    const clientId = await registerClient(api, ropNurse);

    const refused = await referToDps(clientId).expect(403);
    expectProblem(refused.body, 'services.sharing-refused', {
      field: 'categories[0]',
      rule: 'no-consent',
    });
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'categories[0]', rule: 'no-consent' }),
      expect.objectContaining({ field: 'categories[1]', rule: 'no-consent' }),
    ]);
    expect(await referralCount(clientId)).toBe(0);
    // The refusal's decisions are logged by consent; nothing was disclosed.
    expect(await consentRows('sharing_decision', clientId, `outcome = 'deny'`)).toBe(2);
    expect(await consentRows('disclosure', clientId)).toBe(0);

    await api
      .http()
      .post('/v1/consents')
      .set('Authorization', ropNurse)
      .send({
        clientId,
        categories: ['contact-details', 'lar-status'],
        purposes: ['treatment-coordination'],
        recipients: [
          { type: 'organisation', organisationNumber: DPS.organisationNumber, name: DPS.name },
        ],
        validFrom: '2026-11-01T00:00:00+01:00',
        validTo: '2027-11-01T00:00:00+01:00',
        method: 'written',
      })
      .expect(201);

    const sent = await referToDps(clientId).expect(201);
    expect(sent.headers['etag']).toBe('"1"');
    expect(sent.body).toMatchObject({
      clientId,
      from: { serviceId: ropService, partnerId: null },
      to: { serviceId: null, partnerId: dpsId },
      status: 'sent',
      urgency: 'urgent',
      dueOn: '2026-11-30',
      categories: ['contact-details', 'lar-status'],
    });
    expect(await referralCount(clientId)).toBe(1);
    expect(await consentRows('sharing_decision', clientId, `outcome = 'permit'`)).toBe(2);
    const disclosures: { description: string }[] = await api.db.dataSource.query(
      `SELECT description FROM consent.disclosure WHERE client_id = $1 ORDER BY description`,
      [clientId],
    );
    expect(disclosures.map((d) => d.description)).toEqual([
      `Information of the category "contact-details" sent to ${DPS.name} with a referral.`,
      `Information of the category "lar-status" sent to ${DPS.name} with a referral.`,
    ]);

    // The DPS has no account: the referring team records its answer.
    const accepted = await api
      .http()
      .post(`/v1/referrals/${sent.body.id}/accept`)
      .set('Authorization', ropNurse)
      .set('If-Match', '"1"')
      .send({ note: 'First appointment Thursday 10:00' })
      .expect(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      statusNote: 'First appointment Thursday 10:00',
      version: 2,
    });

    const read = await api
      .http()
      .get(`/v1/referrals/${sent.body.id}`)
      .set('Authorization', ropNurse)
      .expect(200);
    expect(read.body.history.map((h: { status: string }) => h.status)).toEqual([
      'sent',
      'accepted',
    ]);
    // The clock stands still in tests, so the rows are compared in action order.
    const audited = await api.auditRows({ resourceType: 'referral', resourceId: sent.body.id });
    expect(audited.map((row) => [row.action, row.client_id]).sort()).toEqual([
      ['create', clientId],
      ['read', clientId],
      ['update', clientId],
    ]);
  });

  it('shares within the municipality on a consent to the municipality; the receiving team asks, the sender answers, it accepts and enrols', async () => {
    const clientId = await registerClient(api, ropNurse);
    await api
      .http()
      .post('/v1/consents')
      .set('Authorization', ropNurse)
      .send({
        clientId,
        categories: ['health'],
        purposes: ['treatment-coordination'],
        recipients: [
          { type: 'organisation', organisationNumber: SKIEN_KOMMUNE, name: 'Skien kommune' },
        ],
        validFrom: '2026-11-01T00:00:00+01:00',
        method: 'written',
      })
      .expect(201);
    const sent = await api
      .http()
      .post('/v1/referrals')
      .set('Authorization', ropNurse)
      .send({
        clientId,
        from: { serviceId: ropService },
        to: { serviceId: larService },
        reason: 'Daily LAR dispensing',
        urgency: 'routine',
        categories: ['lar-status'],
        purpose: 'treatment-coordination',
      })
      .expect(201);
    expect(sent.body.dueOn).toBe('2026-12-21');

    const incoming = await api
      .http()
      .get(`/v1/services/${larService}/referrals/incoming?status=sent`)
      .set('Authorization', larNurse)
      .expect(200);
    expect(incoming.body.items.map((r: { id: string }) => r.id)).toEqual([sent.body.id]);

    // The sender cannot answer for a receiving service; the receiver cannot answer its own question.
    await api
      .http()
      .post(`/v1/referrals/${sent.body.id}/accept`)
      .set('Authorization', ropNurse)
      .set('If-Match', '"1"')
      .send({})
      .expect(404);
    const asked = await api
      .http()
      .post(`/v1/referrals/${sent.body.id}/request-information`)
      .set('Authorization', larNurse)
      .set('If-Match', '"1"')
      .send({ question: 'Who prescribes?' })
      .expect(200);
    expect(asked.body).toMatchObject({
      status: 'information-requested',
      statusNote: 'Who prescribes?',
    });
    await api
      .http()
      .post(`/v1/referrals/${sent.body.id}/respond`)
      .set('Authorization', larNurse)
      .set('If-Match', '"2"')
      .send({ answer: 'x' })
      .expect(404);
    await api
      .http()
      .post(`/v1/referrals/${sent.body.id}/respond`)
      .set('Authorization', ropNurse)
      .set('If-Match', '"2"')
      .send({ answer: 'The LAR doctor at the DPS' })
      .expect(200);
    const accepted = await api
      .http()
      .post(`/v1/referrals/${sent.body.id}/accept`)
      .set('Authorization', larNurse)
      .set('If-Match', '"3"')
      .send({ enrol: true })
      .expect(200);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.enrolmentId).toEqual(expect.any(String));
    expect(
      await api.count('enrolment', 'client_id = $1 AND service_id = $2', [clientId, larService]),
    ).toBe(1);

    // Decided is decided: no second answer, no withdrawal.
    const again = await api
      .http()
      .post(`/v1/referrals/${sent.body.id}/withdraw`)
      .set('Authorization', ropNurse)
      .set('If-Match', '"4"')
      .send({ reason: 'Changed our mind' })
      .expect(409);
    expectProblem(again.body, 'services.invalid-state-transition');

    const fhir = await api
      .http()
      .get(`/v1/referrals/${sent.body.id}/fhir`)
      .set('Authorization', larNurse)
      .expect(200);
    expect(fhir.headers['content-type']).toContain('application/fhir+json');
    expect(
      fhir.body.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType),
    ).toEqual(['ServiceRequest', 'Task']);
    expect(fhir.body.entry[1].resource).toMatchObject({
      status: 'accepted',
      restriction: { period: { end: '2026-12-21' } },
    });
    expect(fhirValidationErrors(fhir.body)).toEqual([]);
    const history = await api
      .http()
      .get(`/v1/referrals/${sent.body.id}`)
      .set('Authorization', larNurse)
      .expect(200);
    expect(history.body.history.map((h: { status: string }) => h.status)).toEqual([
      'sent',
      'information-requested',
      'resubmitted',
      'accepted',
    ]);
  });

  it('shows a referral only to its two teams and those with need-to-know: another team and another municipality get 404', async () => {
    const clientId = await registerClient(api, ropNurse);
    const sent = await api
      .http()
      .post('/v1/referrals')
      .set('Authorization', larNurse)
      .send({
        clientId,
        from: { partnerId: dpsId },
        to: { serviceId: larService },
        reason: 'Discharged from detox; LAR to continue',
        urgency: 'emergency',
        categories: ['lar-status'],
        purpose: 'treatment-coordination',
      })
      .expect(201);
    expect(sent.body.dueOn).toBe('2026-11-24');
    const oslo = await api.bearer({ tenant: OSLO, roles: ['staff'], subject: 'nurse-oslo' });
    for (const who of [outsider, oslo]) {
      await api.http().get(`/v1/referrals/${sent.body.id}`).set('Authorization', who).expect(404);
      await api
        .http()
        .get(`/v1/referrals/${sent.body.id}/fhir`)
        .set('Authorization', who)
        .expect(404);
      await api
        .http()
        .post(`/v1/referrals/${sent.body.id}/reject`)
        .set('Authorization', who)
        .set('If-Match', '"1"')
        .send({ reason: 'Not ours' })
        .expect(404);
    }
    await api
      .http()
      .get(`/v1/services/clients/${clientId}/referrals`)
      .set('Authorization', outsider)
      .expect(404);
    await api
      .http()
      .get(`/v1/services/${larService}/referrals/incoming`)
      .set('Authorization', outsider)
      .expect(404);
    // The client's primary contact has a care relation: they see it in the client's list.
    const list = await api
      .http()
      .get(`/v1/services/clients/${clientId}/referrals`)
      .set('Authorization', ropNurse)
      .expect(200);
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([sent.body.id]);
    // Another team cannot send from a service it does not run.
    const notOurs = await api
      .http()
      .post('/v1/referrals')
      .set('Authorization', outsider)
      .send({
        clientId,
        from: { serviceId: ropService },
        to: { partnerId: dpsId },
        reason: 'r',
        urgency: 'routine',
        categories: ['lar-status'],
        purpose: 'treatment-coordination',
      })
      .expect(400);
    expectProblem(notOurs.body, 'services.invalid-input', {
      field: 'from.serviceId',
      rule: 'own-team',
    });
    const rejected = await api
      .http()
      .post(`/v1/referrals/${sent.body.id}/reject`)
      .set('Authorization', larNurse)
      .set('If-Match', '"1"')
      .send({ reason: 'Not in our catchment area' })
      .expect(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      statusNote: 'Not in our catchment area',
    });
    const fhir = await api
      .http()
      .get(`/v1/referrals/${sent.body.id}/fhir`)
      .set('Authorization', larNurse)
      .expect(200);
    expect(fhir.body.entry[1].resource).toMatchObject({
      status: 'rejected',
      statusReason: { text: 'Not in our catchment area' },
    });
    expect(fhirValidationErrors(fhir.body)).toEqual([]);
  });

  it('sends without consent on a justified legal basis, each decision flagged for the privacy officer’s review', async () => {
    const clientId = await registerClient(api, ropNurse);
    await referToDps(clientId, {
      urgency: 'emergency',
      categories: ['lar-status'],
      legalBasis: {
        code: 'emergency',
        justification: 'Client unconscious after an overdose; the DPS needs the LAR status now',
      },
    }).expect(201);
    expect(
      await consentRows(
        'sharing_decision',
        clientId,
        `basis_kind = 'legal-basis' AND review_required`,
      ),
    ).toBe(1);
    expect(await consentRows('disclosure', clientId)).toBe(1);
  });

  it('names the field and the rule of a bad referral, and saves nothing', async () => {
    const clientId = await registerClient(api, ropNurse);
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ reason: '  ' }, 400, 'reason', 'not-blank'],
      [{ urgency: 'whenever' }, 400, 'urgency', 'isIn'],
      [{ categories: ['contact-details', 'horoscope'] }, 400, 'categories[1]', 'known-category'],
      [{ purpose: 'marketing' }, 400, 'purpose', 'known-purpose'],
      [
        { legalBasis: { code: 'emergency', justification: 'short' } },
        400,
        'legalBasis.justification',
        'min-length',
      ],
      [{ dueOn: '2026-11-01' }, 400, 'dueOn', 'not-in-past'],
      [{ to: { serviceId: ropService } }, 400, 'to', 'not-sender'],
      [{ to: { serviceId: larService, partnerId: dpsId } }, 400, 'to', 'one-party'],
      [{ to: { partnerId: randomUUID() } }, 422, 'to.partnerId', 'exists'],
      [{ to: undefined }, 400, 'to', 'isDefined'],
      [{ from: null }, 400, 'from', 'isDefined'],
      [{ purpose: 'p'.repeat(65) }, 400, 'purpose', 'maxLength'],
      [{ categories: ['c'.repeat(65)] }, 400, 'categories', 'maxLength'],
    ];
    for (const [overrides, status, field, rule] of cases) {
      const response = await referToDps(clientId, overrides).expect(status);
      expect(response.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, rule })]),
      );
    }
    expect(await referralCount(clientId)).toBe(0);
    expect(await consentRows('sharing_decision', clientId)).toBe(0);
  });
});
